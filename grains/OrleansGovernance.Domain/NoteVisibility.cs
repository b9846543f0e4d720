namespace OrleansGovernance.Domain;

/// <summary>
/// Who may read a note: internal notes are for the staff who handle the matter; public ones are also published
/// (to the resident, to viewers, to Open311), screened for personal data first. Internal is the default and the
/// first value, so a note stored before notes had a visibility reads back as internal: such notes were written for
/// colleagues, and publishing them is what leaked reporters' phone numbers.
/// </summary>
public enum NoteVisibility
{
    Internal,
    Public,
}
