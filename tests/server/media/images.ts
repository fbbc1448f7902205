/** Test images, made in the test: sharp for real images, by hand for the hostile ones. */
import sharp from 'sharp';
import { crc32, createDeflate } from 'node:zlib';

export const photo = (width = 1200, height = 900) =>
  sharp({ create: { width, height, channels: 3 as const, background: '#808080', noise: { type: 'gaussian' as const, mean: 128, sigma: 40 } } });

export const jpeg = () => photo().jpeg().toBuffer();
export const png = () => photo(800, 600).png().toBuffer();
export const webp = () => photo(1000, 700).webp().toBuffer();

/** Three frames of 300×200: red, green, blue. */
export async function animatedGif(): Promise<Buffer> {
  const frame = (background: string) => sharp({ create: { width: 300, height: 200, channels: 3, background } }).png().toBuffer();
  return sharp([await frame('#ff0000'), await frame('#00ff00'), await frame('#0000ff')], { join: { animated: true } })
    .gif()
    .toBuffer();
}

/** A JPEG with a camera's EXIF and GPS position in it. */
export const jpegWithGps = () =>
  photo(900, 600)
    .jpeg()
    .withExif({
      IFD0: { Make: 'Appareil', Model: 'Secret-Model-42', Copyright: 'Secret-Copyright' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '44/1 56/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 42/1 0/1' },
    })
    .toBuffer();

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A valid 20000×20000 grey PNG of a few hundred KB: 400 megapixels of zeros, deflated.
 * Made by hand: asking sharp to encode it would allocate the very pixels the server must
 * refuse to decode.
 */
export async function hugePng(side = 20_000): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = side + 1; // filter byte + pixels
  const block = Buffer.alloc(row * 100);
  for (let y = 0; y < side; y += 100) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const svgWithScript = () =>
  Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>');

/** A JPEG followed by an HTML page: a browser sniffing it could run the script. */
export const polyglot = async () =>
  Buffer.concat([await photo(640, 480).jpeg().toBuffer(), Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')]);

export const truncatedJpeg = async () => {
  const whole = await photo(1200, 900).jpeg().toBuffer();
  return whole.subarray(0, Math.floor(whole.length * 0.6));
};

/** 12 MB that start like a JPEG: refused for its size before anything reads it. */
export const twelveMegabytes = () => {
  const bytes = Buffer.alloc(12 * 1024 * 1024, 0x41);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};
