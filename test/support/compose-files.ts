/** A Compose base file whose web service waits for the health of a database that has no healthcheck. */
export const WAITS_FOR_UNCHECKED_DB = `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    restart: unless-stopped
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16.4
    restart: unless-stopped
`;
