import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'service started last', text: 'FROM debian:12\nRUN apt-get install -y nginx && ⟦service nginx start⟧\n' },
    { name: 'systemctl', text: 'FROM fedora:41\nRUN ⟦systemctl start httpd⟧\n' },
    { name: 'an editor', text: 'FROM debian:12\nRUN ⟦vim /etc/hosts⟧\n' },
    { name: 'power', text: 'FROM debian:12\nRUN make install && ⟦shutdown -h now⟧\n' },
    { name: 'mount', text: 'FROM debian:12\nRUN ⟦mount -t tmpfs tmpfs /mnt⟧\n' },
    { name: 'ssh to a host', text: 'FROM debian:12\nRUN ⟦ssh deploy@build.example.com ./fetch.sh⟧\n' },
    { name: 'ps and free', text: 'FROM debian:12\nRUN ⟦ps aux⟧ && ⟦free -m⟧\n' },
  ],
  dontFire: [
    {
      name: 'a service used in the same RUN',
      text: 'FROM mysql:8\nRUN service mysql start && mysql -e "CREATE DATABASE app" && service mysql stop\n',
    },
    { name: 'vim driven by a script', text: 'FROM debian:12\nRUN vim -es +PlugInstall +qall && nvim --headless +q\n' },
    { name: 'emacs batch', text: 'FROM debian:12\nRUN emacs --batch -l init.el\n' },
    { name: 'tools installed, not run', text: 'FROM debian:12\nRUN apt-get install -y vim openssh-client procps\n' },
    {
      name: 'ssh tools that are not ssh',
      text: 'FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n',
    },
    { name: 'services in CMD', text: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n' },
    { name: 'systemctl enable', text: 'FROM fedora:41\nRUN systemctl enable httpd\n' },
  ],
});
