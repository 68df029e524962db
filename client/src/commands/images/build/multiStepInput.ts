import * as vscode from 'vscode';

/** Thrown inside a step when the user pressed the back button. */
class Back extends Error {}
/** Thrown inside a step when the user dismissed the input. */
class Dismissed extends Error {}

/** A step asks one thing and returns the next step (or undefined when done). */
export type Step = (input: MultiStepInput) => Promise<Step | undefined>;

export interface QuickPickStep<T extends vscode.QuickPickItem> {
  title: string;
  placeholder: string;
  items: T[];
  /** Items selected (many) or active (one) when the step opens. */
  selected?: T[];
  canPickMany?: boolean;
}

export interface InputBoxStep {
  title: string;
  prompt: string;
  value: string;
  placeholder?: string;
  /** A message when the value cannot be used, checked as the user types; undefined when fine. */
  validate?: (value: string) => string | undefined;
}

/**
 * A sequence of QuickPicks and InputBoxes with a working back button: each step is run again
 * (with what it was given) when the user goes back to it. Resolves false when the user dismissed
 * the input at any step.
 */
export class MultiStepInput {
  private current: vscode.QuickInput | undefined;
  private index = 0;

  private constructor(private readonly totalSteps: () => number) {}

  static async run(first: Step, totalSteps: () => number): Promise<boolean> {
    const input = new MultiStepInput(totalSteps);
    const history: Step[] = [];
    let step: Step | undefined = first;
    try {
      while (step) {
        input.index = history.length;
        try {
          const next: Step | undefined = await step(input);
          history.push(step);
          step = next;
        } catch (error) {
          if (!(error instanceof Back)) throw error;
          step = history.pop() ?? first;
        }
      }
      return true;
    } catch (error) {
      if (error instanceof Dismissed) return false;
      throw error;
    } finally {
      input.current?.dispose();
    }
  }

  async pick<T extends vscode.QuickPickItem>(step: QuickPickStep<T>): Promise<readonly T[]> {
    const picker = vscode.window.createQuickPick<T>();
    picker.title = step.title;
    picker.step = this.index + 1;
    picker.totalSteps = Math.max(this.totalSteps(), this.index + 1);
    picker.placeholder = step.placeholder;
    picker.canSelectMany = step.canPickMany ?? false;
    picker.ignoreFocusOut = true;
    picker.matchOnDescription = true;
    picker.items = step.items;
    if (step.selected) {
      if (picker.canSelectMany) picker.selectedItems = step.selected;
      else picker.activeItems = step.selected;
    }
    picker.buttons = this.index > 0 ? [vscode.QuickInputButtons.Back] : [];
    return this.show(picker, (resolve) => [
      picker.onDidAccept(() => {
        const chosen = picker.canSelectMany ? picker.selectedItems : picker.activeItems.slice(0, 1);
        if (!picker.canSelectMany && chosen.length === 0) return;
        resolve(chosen);
      }),
    ]);
  }

  async inputBox(step: InputBoxStep): Promise<string> {
    const box = vscode.window.createInputBox();
    box.title = step.title;
    box.step = this.index + 1;
    box.totalSteps = Math.max(this.totalSteps(), this.index + 1);
    box.prompt = step.prompt;
    box.value = step.value;
    box.placeholder = step.placeholder;
    box.ignoreFocusOut = true;
    box.buttons = this.index > 0 ? [vscode.QuickInputButtons.Back] : [];
    const check = (value: string) => (box.validationMessage = step.validate?.(value));
    check(step.value);
    return this.show(box, (resolve) => [
      box.onDidChangeValue(check),
      box.onDidAccept(() => {
        if (check(box.value) !== undefined) return;
        resolve(box.value);
      }),
    ]);
  }

  private show<R>(input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, listen: (resolve: (value: R) => void) => vscode.Disposable[]): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const subscriptions: vscode.Disposable[] = [];
      let done = false;
      const finish = (action: () => void) => {
        if (done) return;
        done = true;
        subscriptions.forEach((s) => s.dispose());
        action();
      };
      subscriptions.push(
        ...listen((value) => finish(() => resolve(value))),
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) finish(() => reject(new Back()));
        }),
        input.onDidHide(() => finish(() => reject(new Dismissed()))),
      );
      // The previous step's input goes only once this one is ready, so nothing flickers.
      const previous = this.current;
      this.current = input;
      input.show();
      previous?.dispose();
    });
  }
}
