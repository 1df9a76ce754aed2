import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'curl into sh', text: 'FROM debian:12\nRUN ⟦curl -fsSL https://example.com/install.sh | sh⟧\n' },
    {
      name: 'wget to standard output into bash, with arguments for the script',
      text: 'FROM debian:12\nRUN ⟦wget -qO- https://example.com/i.sh | sudo -E bash -s -- --yes⟧\n',
    },
    { name: 'through a filter', text: 'FROM debian:12\nRUN ⟦curl -fsSL https://x/i.sh | tr -d "\\r" | bash⟧\n' },
    { name: 'into python', text: 'FROM python:3.12\nRUN ⟦curl -sSL https://install.python-poetry.org | python3 -⟧\n' },
    { name: 'command substitution', text: 'FROM debian:12\nRUN ⟦sh -c "$(curl -fsSL https://x/install.sh)"⟧\n' },
    { name: 'process substitution', text: 'FROM debian:12\nRUN ⟦bash <(curl -fsSL https://x/install.sh)⟧\n' },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦curl -fsSL https://x/i.sh | sh⟧\nEOF\n' },
  ],
  dontFire: [
    {
      name: 'downloaded, verified, then run',
      text: 'FROM debian:12\nRUN curl -fsSLo i.sh https://x/i.sh && echo "abc  i.sh" | sha256sum -c - && sh i.sh\n',
    },
    { name: 'curl into tar', text: 'FROM debian:12\nRUN curl -fsSL https://x/y.tgz | tar -xz\n' },
    {
      name: 'curl saving a file',
      text: 'FROM debian:12\nRUN curl -fsSL -o /tmp/i.sh https://x/i.sh | cat && sh /tmp/i.sh\n',
    },
    { name: 'wget saving a file', text: 'FROM debian:12\nRUN wget -q https://x/i.sh | cat\n' },
    { name: 'a shell given its own command', text: 'FROM debian:12\nRUN curl -fsSL https://x/v | sh -c "cat > /v"\n' },
    {
      name: 'a value from the network, not code',
      text: 'FROM debian:12\nRUN echo "$(curl -fsSL https://x/version)" > /v\n',
    },
  ],
});
