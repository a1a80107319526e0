// Protobuf wire format written directly, for the requests `check` sends the pack by the thousand.
//
// Building google-protobuf messages (a `Value` object per property, a `Struct` map per object) and
// then serializing them was about an eighth of `check`'s CPU on a 50-site stack, and much of its
// garbage. The bytes are the same as google-protobuf's (fields in number order, map entries sorted
// by key, a `Value`'s one field always written): test/analyzer/requests.test.ts compares them for
// every request of its plans, and the pack decodes them with its generated classes as before.
//
// Two passes over the same walk: the first measures every length-delimited field (in the order the
// second writes them), the second writes into one buffer of the measured size.

/** Bytes of `n` (0 <= n < 2^32) as a varint. */
function varintSize(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;

export class ProtoWriter {
  /** Byte lengths of strings and messages, in walk order (pass 1 fills, pass 2 reads). */
  private readonly sizes: number[] = [];
  private next = 0;
  /** Pass 1: the bytes counted so far; pass 2: the write position. */
  private pos = 0;
  /** Undefined while measuring. */
  private buf: Buffer | undefined;

  /** The bytes of the message `walk` writes (its fields, without a tag or length of its own). */
  static encode(walk: (w: ProtoWriter) => void): Buffer {
    const w = new ProtoWriter();
    walk(w);
    w.buf = Buffer.allocUnsafe(w.pos);
    w.pos = 0;
    walk(w);
    return w.buf;
  }

  private varint(n: number): void {
    const buf = this.buf;
    if (!buf) {
      this.pos += varintSize(n);
      return;
    }
    while (n > 0x7f) {
      buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[this.pos++] = n;
  }

  private tag(field: number, wireType: number): void {
    this.varint((field << 3) | wireType);
  }

  bool(field: number, v: boolean): void {
    this.tag(field, VARINT);
    this.varint(v ? 1 : 0);
  }

  enumValue(field: number, v: number): void {
    this.tag(field, VARINT);
    this.varint(v);
  }

  double(field: number, v: number): void {
    this.tag(field, FIXED64);
    if (this.buf) this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }

  string(field: number, s: string): void {
    this.tag(field, LENGTH_DELIMITED);
    const buf = this.buf;
    if (!buf) {
      const n = Buffer.byteLength(s, "utf8");
      this.sizes.push(n);
      this.pos += varintSize(n) + n;
      return;
    }
    const n = this.sizes[this.next++];
    this.varint(n);
    buf.write(s, this.pos, n, "utf8");
    this.pos += n;
  }

  /** An embedded message: `body` writes its fields. */
  message(field: number, body: () => void): void {
    this.tag(field, LENGTH_DELIMITED);
    if (this.buf) {
      this.varint(this.sizes[this.next++]);
      body();
      return;
    }
    const i = this.sizes.push(0) - 1;
    const start = this.pos;
    body();
    const n = this.pos - start;
    this.sizes[i] = n;
    this.pos += varintSize(n);
  }
}

/** A `google.protobuf.Value` as field `field`, as `Value.fromJavaScript` would make it. */
export function writeValue(w: ProtoWriter, field: number, v: unknown): void {
  w.message(field, () => {
    if (v === null) return w.enumValue(1, 0);
    switch (typeof v) {
      case "number":
        return w.double(2, v);
      case "string":
        return w.string(3, v);
      case "boolean":
        return w.bool(4, v);
      case "object":
        if (Array.isArray(v)) return w.message(6, () => v.forEach((e) => writeValue(w, 1, e)));
        return writeStruct(w, 5, v as Record<string, unknown>);
      default:
        // What Value.fromJavaScript says of undefined and functions.
        throw new Error("Unexpected struct type.");
    }
  });
}

/** A `google.protobuf.Struct` as field `field`: its entries sorted by key, as google-protobuf's maps write them. */
export function writeStruct(w: ProtoWriter, field: number, obj: Record<string, unknown>): void {
  w.message(field, () => {
    // `for in`, like Struct.fromJavaScript.
    const keys: string[] = [];
    for (const k in obj) keys.push(k);
    for (const k of keys.sort())
      w.message(1, () => {
        w.string(1, k);
        writeValue(w, 2, obj[k]);
      });
  });
}
