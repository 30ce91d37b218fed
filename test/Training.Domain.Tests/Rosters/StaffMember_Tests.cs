using Training.Rosters;

namespace Training.Domain.Tests.Rosters;

/// <summary>A person's unit history: dated moves that never overwrite a later one, and an admin's correction of the past.</summary>
public class StaffMember_Tests
{
    private static readonly Guid NuocHai = Guid.NewGuid();
    private static readonly Guid NamTuan = Guid.NewGuid();
    private static readonly Guid TraLinh = Guid.NewGuid();

    private static StaffMember Person() => StaffMemberManager.NewForImport("Nông Thị Hằng", NuocHai, StaffRole.Collaborator, true, new DateOnly(2020, 3, 6));

    [Fact]
    public void A_Move_Ends_The_Period_Of_Its_Day_The_Day_Before()
    {
        var person = Person();

        person.MoveTo(NamTuan, new DateOnly(2021, 1, 1));

        person.UnitId.ShouldBe(NamTuan);
        person.Assignments.OrderBy(a => a.From).Select(a => (a.UnitId, a.From, a.To))
            .ShouldBe([(NuocHai, new DateOnly(2020, 3, 6), (DateOnly?)new DateOnly(2020, 12, 31)), (NamTuan, new DateOnly(2021, 1, 1), null)]);
    }

    [Fact]
    public void A_Move_To_Where_The_Person_Already_Was_On_Its_Date_Changes_Nothing()
    {
        var person = Person();
        person.MoveTo(TraLinh, new DateOnly(2021, 1, 1));

        person.MoveTo(NuocHai, new DateOnly(2020, 6, 1));

        person.Assignments.Count.ShouldBe(2);
        person.UnitId.ShouldBe(TraLinh);
    }

    [Fact]
    public void A_Move_Dated_Before_A_Later_Move_Is_A_Conflict_That_Changes_Nothing()
    {
        var person = Person();
        person.MoveTo(TraLinh, new DateOnly(2021, 1, 1));

        var conflict = Should.Throw<TrainingException>(() => person.MoveTo(NamTuan, new DateOnly(2020, 6, 1)));
        var sameDay = Should.Throw<TrainingException>(() => person.MoveTo(NamTuan, new DateOnly(2021, 1, 1)));

        conflict.Code.ShouldBe(TrainingErrorCodes.StaffMovedSince);
        conflict.Kind.ShouldBe(TrainingErrorKind.Conflict);
        sameDay.Code.ShouldBe(TrainingErrorCodes.StaffMovedSince);
        person.UnitId.ShouldBe(TraLinh);
        person.Assignments.Select(a => a.UnitId).ShouldBe([NuocHai, TraLinh], ignoreOrder: true);
    }

    [Fact]
    public void A_Correction_Keeps_Its_Start_Between_The_Neighbours_And_Moves_The_Previous_End()
    {
        var person = Person();
        person.MoveTo(TraLinh, new DateOnly(2021, 1, 1));
        var moved = person.Assignments.Single(a => a.UnitId == TraLinh);

        Should.Throw<TrainingException>(() => person.CorrectAssignment(moved.Id, NamTuan, new DateOnly(2020, 3, 6))).Code
            .ShouldBe(TrainingErrorCodes.StaffAssignmentDateInvalid);
        person.CorrectAssignment(moved.Id, NamTuan, new DateOnly(2021, 2, 1));

        person.UnitId.ShouldBe(NamTuan);
        person.Assignments.Single(a => a.UnitId == NuocHai).To.ShouldBe(new DateOnly(2021, 1, 31));
        person.History.On(new DateOnly(2021, 1, 15))!.UnitId.ShouldBe(NuocHai);
    }

    [Fact]
    public void An_Undefined_Role_Or_Gender_Is_Refused_With_Its_Field()
    {
        var person = Person();

        Should.Throw<TrainingException>(() => person.SetRole((StaffRole)99)).Field.ShouldBe("role");
        Should.Throw<TrainingException>(() => person.SetGender((Gender)42)).Field.ShouldBe("gender");
    }
}
