namespace Training.Coverage;

/// <summary>
/// A unit's coverage under a plan as counted on one day: the points of the dashboard's trend line. Written once by the
/// nightly job and never changed, so that the line shows what was known then, whatever corrections came later.
/// </summary>
public class CoverageSnapshot
{
    private CoverageSnapshot()
    {
    }

    public CoverageSnapshot(Guid planId, Guid unitId, DateOnly date, int inScope, int trained, DateTimeOffset takenAt)
    {
        PlanId = planId;
        UnitId = unitId;
        Date = date;
        InScope = inScope;
        Trained = trained;
        TakenAt = takenAt;
    }

    public Guid PlanId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly Date { get; private set; }

    public int InScope { get; private set; }

    public int Trained { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }
}
