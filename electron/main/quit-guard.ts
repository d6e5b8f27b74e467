// Quit safety: quitting while a campaign sends asks first — pause it and quit, or keep running in the tray.
import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../shared/domain';
import type { Logger } from '../core/logger';
import type { Rpc } from '../core/rpc/dispatch';
import { pauseAllCampaigns, type CampaignActivity } from './campaign-activity';

const texts = {
  id: {
    message: 'Kampanye sedang mengirim',
    detail:
      'Jika Wasender ditutup, pengiriman berhenti. Jeda kampanye lalu keluar (bisa dilanjutkan nanti), atau biarkan Wasender tetap berjalan di tray.',
    pauseAndQuit: 'Jeda dan keluar',
    keepRunning: 'Tetap berjalan di tray',
  },
  en: {
    message: 'A campaign is sending',
    detail:
      'Closing Wasender stops sending. Pause the campaign and quit (you can resume it later), or keep Wasender running in the tray.',
    pauseAndQuit: 'Pause and quit',
    keepRunning: 'Keep running in the tray',
  },
} satisfies Record<Language, unknown>;

export const PAUSE_AND_QUIT = 0;
export const KEEP_RUNNING = 1;

export interface QuitGuardOptions {
  campaigns: Pick<CampaignActivity, 'isSending'>;
  rpc: Pick<Rpc, 'invoke'>;
  language: () => Language;
  window: () => BrowserWindow | null;
  /** "Keep running": the window goes away, the app stays in the tray. */
  keepRunning: () => void;
  /** Quits for real (app.quit again, now let through). */
  quit: () => void;
  logger: Pick<Logger, 'info' | 'error'>;
}

export interface QuitGuard {
  /** Call from before-quit: true means "prevent this quit", the question is on screen. */
  holdQuit(): boolean;
  /** Let the next quit through without asking (installing an update chosen by the user, OS shutdown). */
  allow(): void;
}

export function createQuitGuard(options: QuitGuardOptions): QuitGuard {
  let allowed = false;
  let asking = false;
  const ask = async () => {
    asking = true;
    try {
      const text = texts[options.language()] ?? texts.id;
      const window = options.window();
      const box = {
        type: 'question' as const,
        message: text.message,
        detail: text.detail,
        buttons: [text.pauseAndQuit, text.keepRunning],
        defaultId: PAUSE_AND_QUIT,
        cancelId: KEEP_RUNNING,
        noLink: true,
      };
      const { response } = await (window && !window.isDestroyed()
        ? dialog.showMessageBox(window, box)
        : dialog.showMessageBox(box));
      if (response !== PAUSE_AND_QUIT) {
        options.logger.info('quit cancelled: a campaign is sending, staying in the tray');
        return options.keepRunning();
      }
      const paused = await pauseAllCampaigns(options.rpc);
      options.logger.info({ paused }, 'campaigns paused before quitting');
      allowed = true;
      options.quit();
    } catch (error) {
      options.logger.error({ err: error }, 'quit question failed');
    } finally {
      asking = false;
    }
  };
  return {
    holdQuit() {
      if (allowed || !options.campaigns.isSending()) return false;
      if (!asking) void ask();
      return true;
    },
    allow() {
      allowed = true;
    },
  };
}
