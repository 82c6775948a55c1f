// How every script and test here launches Chromium: Debian's build (Playwright never downloads
// one on our machines), headless, as root (hence no sandbox), and kept off the closed network
// (without the background-networking flags it floods it with refused connections).
module.exports = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
