using Training.OrganizationUnits;

namespace Training.Activities;

/// <summary>
/// An information or communication activity on prostitution prevention held by a unit (usually a commune): the plan's second
/// target counts the communes holding one in the period. Deleting keeps the row, marked, so the audit log still explains it.
/// </summary>
public class InformationActivity
{
    private InformationActivity()
    {
        Title = null!;
    }

    public InformationActivity(Guid id, Guid? recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Title = string.Empty;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    /// <summary>The unit that held it, valid on <see cref="Date"/>.</summary>
    public Guid UnitId { get; private set; }

    public DateOnly Date { get; private set; }

    public ActivityForm Form { get; private set; }

    public string Title { get; private set; }

    /// <summary>Counted or estimated; null when not known (a broadcast).</summary>
    public int? Participants { get; private set; }

    public Guid? AttachmentId { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public Guid? DeletedBy { get; private set; }

    /// <summary>Changes on every write: of two racing edits, the second answers 409.</summary>
    public Guid Version { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <param name="today">The day in Cao Bằng: an activity is recorded once held, never ahead.</param>
    public void Describe(OrganizationUnit unit, DateOnly date, ActivityForm form, string title, int? participants, Guid? attachmentId, DateOnly today)
    {
        if (date > today || date.Year < 2000)
        {
            throw new TrainingException(TrainingErrorCodes.ActivityDateInvalid) { Field = "date" };
        }

        if (!unit.IsValidOn(date))
        {
            throw new TrainingException(TrainingErrorCodes.ActivityUnitNotValidOnDate, TrainingErrorKind.BadRequest, unit.Code) { Field = "unitCode" };
        }

        title = (title ?? string.Empty).Trim();
        if (title.Length is 0 or > ActivityConsts.MaxTitleLength)
        {
            throw new TrainingException(TrainingErrorCodes.ActivityTitleRequired, TrainingErrorKind.BadRequest, ActivityConsts.MaxTitleLength) { Field = "title" };
        }

        if (participants is < 0 or > ActivityConsts.MaxParticipants)
        {
            throw new TrainingException(TrainingErrorCodes.ActivityParticipantsInvalid) { Field = "participants" };
        }

        if (!Enum.IsDefined(form))
        {
            throw new TrainingException(TrainingErrorCodes.ActivityFormUnknown) { Field = "form" };
        }

        (UnitId, Date, Form, Title, Participants, AttachmentId) = (unit.Id, date, form, title, participants, attachmentId);
        Version = Guid.NewGuid();
    }

    public void Delete(Guid? by, DateTimeOffset at)
    {
        if (IsDeleted)
        {
            return;
        }

        (DeletedBy, DeletedAt) = (by, at);
        Version = Guid.NewGuid();
    }
}
