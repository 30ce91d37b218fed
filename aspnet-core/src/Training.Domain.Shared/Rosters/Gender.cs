namespace Training.Rosters;

public enum Gender
{
    Male,
    Female,
}
