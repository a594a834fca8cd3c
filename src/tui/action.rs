//! What a key means on the current screen. The screens' key tables (`keys`) turn key presses
//! into these; `update` turns them into flow events.

use ratatui::crossterm::event::KeyEvent;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program (saving first).
    Quit,
    /// One level back, or leave the field being edited.
    Back,
    ToggleHelp,
    /// Ctrl+Z: save and hand the terminal back to the shell.
    Suspend,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// Enter: open, choose or confirm.
    Confirm,
    /// Tab: keep the text and go to the next field (none left: leave the field).
    NextField,
    /// Shift+Tab.
    PrevField,
    /// Ctrl+S in a text field: keep the text and leave the field (in a one-line field, as Enter).
    SaveField,
    /// A key for the text field being edited.
    Edit(KeyEvent),
    /// In a key table only: the key goes to the text field (it becomes [`Action::Edit`]).
    Type,
    /// Bracketed paste.
    Paste(String),
    /// A screen's own command.
    Command(Command),
}

/// Letter commands; which exist depends on the screen (see `keymap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    // dashboard
    OpenPlan,
    /// The network's own details: its name, type and leader.
    EditNetwork,
    OpenWorkspaces,
    AddMeeting,
    // workspaces
    NewWorkspace,
    /// Put the newest readable backup back.
    Restore,
    // meeting
    OpenExport,
    EditPersonName,
    EditDate,
    // handout
    MarkPrepared,
    StartHandOut,
    MarkDiscussed,
    StepBack,
    // reflection
    EditAnswer,
    MarkAnswered,
    Skip,
    NextQuestion,
    PreviousQuestion,
    OpenReview,
    Finish,
    Reopen,
    /// Mark the answer to bring up again at the next meeting, or take the mark off.
    ToggleBringUp,
    Yes,
    No,
    // agreement
    MarkReady,
    StartMarkAgreed,
    // plan
    NextStep,
    PreviousStep,
    Increase,
    Decrease,
    ToggleIntensive,
    ResetPhase,
    AddVacation,
    AddOverride,
    Remove,
    /// Put back what was just removed.
    Undo,
    Accept,
    // finding a co-driver
    AddCandidate,
    RenameCandidate,
    ToggleProfile,
    Compare,
    ChooseCandidate,
    // export
    Write,
    // meeting
    DeleteMeeting,
    /// Hand the pamphlet out again at this follow-up meeting, or not (also on the pamphlet).
    HandOutAgain,
    // time log
    OpenTimeLog,
    EditDays,
    EditNote,
    /// Write the file and open it in the system's default program.
    WriteAndOpen,
    // the unsaved-changes dialog
    RetrySave,
    WriteRescue,
    Discard,
    // a rescue copy offered on start
    UseRescue,
    KeepCurrent,
}
