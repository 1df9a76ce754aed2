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

/** The same web service, its database brought in by `include:` from `db/compose.yaml` (with a cache from `infra/cache.yml`). */
export const INCLUDES_UNCHECKED_DB = `include:
  - db/compose.yaml
  - infra/cache.yml
${WAITS_FOR_UNCHECKED_DB.split('\n  db:\n')[0]}
`;

/** The database `INCLUDES_UNCHECKED_DB` includes. */
export const INCLUDED_UNCHECKED_DB = `services:\n  db:\n${WAITS_FOR_UNCHECKED_DB.split('\n  db:\n')[1]}`;

/** The cache `INCLUDES_UNCHECKED_DB` includes: a file of no Compose name, with a service run privileged. */
export const INCLUDED_PRIVILEGED_CACHE =
  'services:\n  cache:\n    image: redis:7.4\n    restart: unless-stopped\n    privileged: true\n';
