/**
 * The homepage's copies come as brotli, gzip or plain bytes: the client's choice by its
 * Accept-Encoding q-values, read by the one parser (http/middleware/encoding.ts).
 */
import { encodingChooser } from '../http/middleware/encoding.ts';

export type Coding = 'br' | 'gzip' | 'identity';

/** Our order when the client's q-values tie: smallest first. */
const chooseCompressed = encodingChooser(['br', 'gzip']);

export const preferredEncoding = (header: string | undefined): Coding => (chooseCompressed(header) as Coding | null) ?? 'identity';
