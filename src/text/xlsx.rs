//! The Excel workbook's words: its sheets, column headings and summary labels. The figures are
//! numbers and dates in the workbook, so Excel shows them the reader's way.

messages! {
    SHEET_SUMMARY = "Overblik", "Summary";
    SHEET_WEEKS = "Uge for uge", "Week by week";
    COLUMN_WEEK = "Uge", "Week";
    COLUMN_YEAR = "År", "Year";
    COLUMN_MONDAY = "Mandag", "Monday";
    COLUMN_PHASE = "Fase", "Phase";
    COLUMN_KIND = "Type", "Kind";
    COLUMN_WORKING_DAYS = "Arbejdsdage", "Working days";
    COLUMN_CAPACITY = "Arbejdstimer", "Working hours";
    COLUMN_NETWORK = "Netværkstimer", "Network hours";
    COLUMN_BASIS = "Basistimer", "Basis hours";
    COLUMN_SECRETARIAT = "Dage i sekretariatet", "Days at the secretariat";
    COLUMN_USED = "Brugte netværkstimer", "Network hours used";
    COLUMN_DIFFERENCE = "Forskel (brugt − planlagt)", "Difference (used − planned)";
    COLUMN_NOTES = "Noter", "Notes";
    WORKING_WEEKS = "Uger med arbejdsdage", "Weeks with working days";
    USED_SO_FAR = "Brugte netværkstimer indtil nu", "Network hours used so far";
    PLANNED_IN_LOGGED_WEEKS =
        "Planlagt i de uger, der er skrevet timer for",
        "Planned in the weeks with hours written down";
    CHART_TITLE = "Netværks- og basistimer pr. uge", "Network and basis hours per week";
    CHART_HOURS = "Timer", "Hours";
    cannot_make(why: &str) =
        "Regnearket kunne ikke laves: {why}", "The workbook could not be made: {why}";
    /// The workbook's date cells, as each language writes dates (Excel fills in month names).
    DATE_CELLS = "dd-mm-yyyy", "d mmm yyyy";
}
