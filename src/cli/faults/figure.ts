// One line of the fault section (`npm run soak`): what was measured, the figure, the budget it is
// held to and whether it met it. Each fault module under src/cli/faults/ measures one kind of
// trouble (a held lock, a login burst, a backup under writes, thousands of live streams).
export interface FaultFigure {
  name: string;
  value: string;
  budget?: string;
  ok?: boolean;
}

// A fault module exports `title` and `measure()`; soak.ts runs every module in this folder.
export interface FaultModule {
  title: string;
  measure(workDir: string): Promise<FaultFigure[]>;
}
