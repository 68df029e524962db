import * as vscode from 'vscode';

/**
 * A flow of native quick inputs (QuickPick and InputBox) with a working Back button: each step
 * returns the next one, Back re-runs the previous step, Escape ends the flow. The quick inputs
 * are made through `vscode.window.createQuickPick` / `createInputBox`, looked up at each step, so
 * tests can drive a flow by replacing those two factories.
 */
export type Step = (input: MultiStepInput) => Promise<Step | undefined>;

class FlowSignal {
  constructor(readonly kind: 'back' | 'cancel') {}
}
const BACK = new FlowSignal('back');
const CANCEL = new FlowSignal('cancel');

/** True when `error` is the signal that the user pressed Back (steps that loop catch it). */
export function isBack(error: unknown): boolean {
  return error === BACK;
}

export interface PickOptions<T extends vscode.QuickPickItem> {
  title: string;
  placeholder?: string;
  items: readonly T[];
  activeItem?: T;
  matchOnDescription?: boolean;
}

export interface TextOptions {
  title: string;
  prompt?: string;
  placeholder?: string;
  value?: string;
  /** Checked as the user types; a message keeps the input open. */
  validate?: (value: string) => string | undefined;
}

export class MultiStepInput {
  private readonly history: Step[] = [];

  private constructor() {}

  /** Runs the flow from `start`; resolves true when it ran to its end, false when the user left. */
  static async run(start: Step): Promise<boolean> {
    const input = new MultiStepInput();
    let step: Step | undefined = start;
    while (step) {
      try {
        const next: Step | undefined = await step(input);
        if (next) input.history.push(step);
        step = next;
      } catch (error) {
        if (error === BACK) step = input.history.pop() ?? step;
        else if (error === CANCEL) return false;
        else throw error;
      }
    }
    return true;
  }

  /** How many steps back there are (the Back button shows when there is one). */
  get depth(): number {
    return this.history.length;
  }

  pick<T extends vscode.QuickPickItem>(options: PickOptions<T>): Promise<T> {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.items = options.items;
    pick.matchOnDescription = options.matchOnDescription ?? false;
    pick.ignoreFocusOut = true;
    if (options.activeItem) pick.activeItems = [options.activeItem];
    pick.buttons = this.history.length > 0 ? [vscode.QuickInputButtons.Back] : [];
    return this.show(pick, (resolve) => [
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
        if (chosen) resolve(chosen);
      }),
    ]);
  }

  text(options: TextOptions): Promise<string> {
    const box = vscode.window.createInputBox();
    box.title = options.title;
    box.prompt = options.prompt;
    box.placeholder = options.placeholder;
    box.value = options.value ?? '';
    box.ignoreFocusOut = true;
    box.buttons = this.history.length > 0 ? [vscode.QuickInputButtons.Back] : [];
    const check = (value: string) => (box.validationMessage = options.validate?.(value));
    check(box.value);
    return this.show(box, (resolve) => [
      box.onDidChangeValue(check),
      box.onDidAccept(() => {
        if (!check(box.value)) resolve(box.value);
      }),
    ]);
  }

  private show<R>(input: vscode.QuickInput & { onDidTriggerButton: vscode.Event<vscode.QuickInputButton> }, listen: (resolve: (value: R) => void) => vscode.Disposable[]): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let settled = false;
      const disposables: vscode.Disposable[] = [];
      const finish = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
        disposables.forEach((d) => d.dispose());
        input.dispose();
      };
      disposables.push(
        ...listen((value) => finish(() => resolve(value))),
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(() => reject(BACK));
        }),
        input.onDidHide(() => finish(() => reject(CANCEL))),
      );
      input.show();
    });
  }
}
