namespace Training.OrganizationUnits;

public enum OrganizationUnitKind
{
    Province,
    District,
    Commune,
    Agency,
}
