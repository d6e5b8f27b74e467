// An error that crossed the process bridge, rebuilt as the AppError it was, so the next transport (IPC to the
// window, or the update handler) maps it exactly as if core ran in this process.
import type { WireError } from '../../../shared/errors';
import { AppError } from '../../core/errors';

export const fromWireError = (wire: WireError) =>
  new AppError(wire.code, wire.message, wire.details, wire.text);
