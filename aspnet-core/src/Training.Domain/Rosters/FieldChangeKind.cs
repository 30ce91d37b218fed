namespace Training.Rosters;

public enum FieldChangeKind
{
    Keep,
    Clear,
    Set,
}
