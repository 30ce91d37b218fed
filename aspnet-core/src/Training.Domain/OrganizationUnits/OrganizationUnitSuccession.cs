namespace Training.OrganizationUnits;

/// <summary>
/// "Successor replaced predecessor from <see cref="EffectiveOn"/>". Many rows with one successor model a merge; many rows
/// with one predecessor model a split.
/// </summary>
public class OrganizationUnitSuccession
{
    private OrganizationUnitSuccession()
    {
    }

    public OrganizationUnitSuccession(Guid predecessorId, Guid successorId, DateOnly effectiveOn)
    {
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        EffectiveOn = effectiveOn;
    }

    public Guid PredecessorId { get; private set; }

    public Guid SuccessorId { get; private set; }

    public DateOnly EffectiveOn { get; private set; }
}
