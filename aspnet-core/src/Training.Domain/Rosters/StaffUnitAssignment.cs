namespace Training.Rosters;

/// <summary>Where a staff member belonged from one date to another (the last one open-ended).</summary>
public class StaffUnitAssignment
{
    private StaffUnitAssignment()
    {
    }

    internal StaffUnitAssignment(Guid staffMemberId, Guid unitId, DateOnly from)
    {
        Id = Guid.CreateVersion7();
        StaffMemberId = staffMemberId;
        UnitId = unitId;
        From = from;
    }

    public Guid Id { get; private set; }

    public Guid StaffMemberId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    internal void EndOn(DateOnly lastDay) => To = lastDay;

    internal void Correct(Guid unitId, DateOnly from)
    {
        UnitId = unitId;
        From = from;
    }
}
