import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * What KMS does for envelope encryption, for tests that cannot reach KMS: GenerateDataKey returns a
 * fresh data key and that key wrapped under the named key, bound to the encryption context; Decrypt
 * opens a wrapped key only with the same key id and the same context (else KMS's own error names).
 * The key material stays in this object, as it stays in KMS.
 */
export class KmsStandIn {
  private readonly keys = new Map<string, Buffer>();
  readonly calls: { operation: 'GenerateDataKey' | 'Decrypt'; keyId: string; context: Record<string, string> }[] = [];

  constructor(keyIds: readonly string[]) {
    for (const id of keyIds) this.keys.set(id, randomBytes(32));
  }

  generateDataKey(input: { KeyId?: string; KeySpec?: string; EncryptionContext?: Record<string, string> }): { KeyId: string; Plaintext: Buffer; CiphertextBlob: Buffer } {
    const keyId = input.KeyId ?? '';
    this.calls.push({ operation: 'GenerateDataKey', keyId, context: input.EncryptionContext ?? {} });
    const key = this.key(keyId);
    if (input.KeySpec !== 'AES_256') throw kmsError('ValidationException', `KeySpec ${input.KeySpec}`);
    const plaintext = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(contextAad(keyId, input.EncryptionContext)));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return { KeyId: keyId, Plaintext: plaintext, CiphertextBlob: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  decrypt(input: { KeyId?: string; CiphertextBlob?: Uint8Array; EncryptionContext?: Record<string, string> }): { KeyId: string; Plaintext: Buffer } {
    const keyId = input.KeyId ?? '';
    this.calls.push({ operation: 'Decrypt', keyId, context: input.EncryptionContext ?? {} });
    const key = this.key(keyId);
    const blob = Buffer.from(input.CiphertextBlob ?? []);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
      decipher.setAAD(Buffer.from(contextAad(keyId, input.EncryptionContext)));
      decipher.setAuthTag(blob.subarray(12, 28));
      return { KeyId: keyId, Plaintext: Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]) };
    } catch {
      throw kmsError('InvalidCiphertextException', 'the ciphertext, key or encryption context does not match');
    }
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw kmsError('NotFoundException', `Key '${keyId}' does not exist`);
    return key;
  }
}

function contextAad(keyId: string, context: Record<string, string> | undefined): string {
  return JSON.stringify([keyId, Object.entries(context ?? {}).sort(([a], [b]) => a.localeCompare(b))]);
}

function kmsError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}
