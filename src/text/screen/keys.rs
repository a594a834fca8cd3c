//! What each key does, as the hint line and the help name it.

messages! {
    BACK = "tilbage", "back";
    HELP = "hjælp", "help";
    QUIT = "afslut", "quit";
    MOVE = "flyt", "move";
    OPEN = "åbn", "open";
    CHOOSE = "vælg", "choose";
    NEXT_FIELD = "næste felt", "next field";
    CONFIRM = "bekræft", "confirm";
    CANCEL = "fortryd", "cancel";
    SCROLL = "rul", "scroll";
    LEAVE_TEXT = "luk feltet", "leave the field";
    SAVE_CLOSE = "gem og luk", "save and close";
    SAVE_CLOSE_HELP = "gem det skrevne og luk feltet", "keep what you wrote and leave the field";
    NEXT_FIELD_HELP =
        "gem det skrevne og gå til næste/forrige felt",
        "keep what you wrote and go to the next/previous field";
    BRING_UP = "tag op igen", "bring up again";
    HAND_OUT_AGAIN = "aflever igen", "hand out again";
    NOT_AGAIN = "ikke igen", "not again";
    NEWLINE = "ny linje", "new line";
    PLAN = "plan", "plan";
    TIME_LOG = "tid", "time";
    WORKSPACES = "netværk", "networks";
    ADD_MEETING = "nyt møde", "new meeting";
    RESTORE = "gendan sikkerhedskopien", "restore the backup";
    NEW = "nyt netværk", "new network";
    PREV_NEXT_MEETING = "andet møde", "other meeting";
    PREPARED = "forberedt", "prepared";
    HANDED_OUT = "afleveret", "handed out";
    DISCUSSED = "drøftet", "discussed";
    STEP_BACK = "et trin tilbage", "step back";
    EXPORT = "gem som fil", "save as file";
    WRITE = "skriv", "write";
    ANSWERED = "besvaret", "answered";
    SKIP = "spring over", "skip";
    REVIEW = "gennemgang", "review";
    FINISH = "færdig", "finish";
    REOPEN = "genåbn", "reopen";
    YES = "ja", "yes";
    NO = "nej", "no";
    NEXT_Q = "næste spørgsmål", "next question";
    READY = "klar", "ready";
    AGREED = "indgået", "agreed";
    NEXT_STEP = "næste trin", "next step";
    PREV_STEP = "forrige trin", "previous step";
    ADJUST = "juster", "adjust";
    RESET = "nulstil", "reset";
    ADD_VACATION = "ferie", "vacation";
    ADD_OVERRIDE = "egne timer", "own hours";
    REMOVE = "fjern", "remove";
    ACCEPT = "godkend", "accept";
    COLUMN = "kolonne", "column";
    WRITE_FILE = "gem filen", "save the file";
    RETRY = "prøv igen", "try again";
    RESCUE = "nødkopi", "rescue copy";
    DISCARD = "kassér", "throw away";
    USE_RESCUE = "hent nødkopien ind", "bring the rescue copy back";
    KEEP_CURRENT = "fortsæt uden", "go on without it";
    FIRST_LAST = "første/sidste", "first/last";
    PAGE = "en side op/ned", "a page up/down";
    EDIT = "ret", "edit";
    QUIT_SAVING = "afslut (gemmer først)", "quit (saving first)";
    SUSPEND = "læg programmet i baggrunden (fg henter det)", "suspend (fg brings it back)";
}
