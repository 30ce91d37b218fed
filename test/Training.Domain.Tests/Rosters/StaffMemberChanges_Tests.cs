using Moq;
using Training.Rosters;

namespace Training.Domain.Tests.Rosters;

/// <summary>One meaning of keep, clear and set for every way a person is written.</summary>
public class StaffMemberChanges_Tests
{
    private static StaffMember Person()
    {
        var person = StaffMemberManager.NewForImport("Nông Thị Hằng", Guid.NewGuid(), StaffRole.Collaborator, true, new DateOnly(2020, 3, 6));
        StaffMemberManager.ApplyChecked(person, new StaffMemberChanges
        {
            Gender = FieldChange<Gender?>.Set(Gender.Female), BirthDate = FieldChange<DateOnly?>.Set(new DateOnly(1985, 7, 5)),
            Ethnicity = FieldChange<string?>.Set("Tày"), NationalId = FieldChange<string?>.Set("004185000123"),
            Phone = FieldChange<string?>.Set("0912345678"), Email = FieldChange<string?>.Set("hang@caobang.gov.vn"),
        });
        return person;
    }

    [Fact]
    public void Keep_Leaves_Every_Field_As_It_Was_And_Is_No_Change()
    {
        var person = Person();
        var changes = new StaffMemberChanges();

        changes.Changes(person).ShouldBeFalse();
        StaffMemberManager.ApplyChecked(person, changes);

        (person.FullName, person.Gender, person.BirthDate, person.Ethnicity, person.NationalId, person.Phone, person.Email)
            .ShouldBe(("Nông Thị Hằng", Gender.Female, new DateOnly(1985, 7, 5), "Tày", "004185000123", "0912345678", "hang@caobang.gov.vn"));
    }

    [Fact]
    public void Clear_Empties_An_Optional_Field_And_Set_Writes_A_New_Value()
    {
        var person = Person();
        var changes = new StaffMemberChanges
        {
            Gender = FieldChange<Gender?>.Clear, BirthDate = FieldChange<DateOnly?>.Clear, Phone = FieldChange<string?>.Clear,
            Email = FieldChange<string?>.Set("hang.nt@caobang.gov.vn"), ActiveTo = FieldChange<DateOnly?>.Set(new DateOnly(2025, 6, 30)),
        };

        changes.Changes(person).ShouldBeTrue();
        StaffMemberManager.ApplyChecked(person, changes);

        person.Gender.ShouldBeNull();
        person.BirthDate.ShouldBeNull();
        person.Phone.ShouldBeNull();
        person.Email.ShouldBe("hang.nt@caobang.gov.vn");
        person.ActiveTo.ShouldBe(new DateOnly(2025, 6, 30));
        person.Ethnicity.ShouldBe("Tày");
        StaffMemberManager.ApplyChecked(person, new StaffMemberChanges { ActiveTo = FieldChange<DateOnly?>.Clear });
        person.ActiveTo.ShouldBeNull();
    }

    [Fact]
    public void A_Required_Field_Cannot_Be_Cleared()
    {
        var person = Person();

        Should.Throw<TrainingException>(() => StaffMemberManager.ApplyChecked(person, new StaffMemberChanges { FullName = FieldChange<string?>.Clear }))
            .Field.ShouldBe("fullName");
        Should.Throw<TrainingException>(() => StaffMemberManager.ApplyChecked(person, new StaffMemberChanges { Role = FieldChange<StaffRole?>.Clear }))
            .Field.ShouldBe("role");
        person.FullName.ShouldBe("Nông Thị Hằng");
    }

    [Theory]
    [InlineData(null, FieldChangeKind.Keep)]
    [InlineData("", FieldChangeKind.Clear)]
    [InlineData("   ", FieldChangeKind.Clear)]
    [InlineData("0987654321", FieldChangeKind.Set)]
    public void A_Text_Sent_By_A_Form_Or_A_Request_Reads_Absent_As_Keep_And_Empty_As_Clear(string? sent, FieldChangeKind kind)
    {
        StaffMemberChanges.Text(sent).Kind.ShouldBe(kind);
        StaffMemberChanges.PhoneText(sent).Kind.ShouldBe(kind);
    }

    [Fact]
    public void A_Masked_Phone_Sent_Back_Keeps_The_Number_But_A_Bullet_In_Another_Text_Is_Written()
    {
        StaffMemberChanges.PhoneText("•••••••678").Kind.ShouldBe(FieldChangeKind.Keep);
        StaffMemberChanges.Text("Nông • Hằng").Kind.ShouldBe(FieldChangeKind.Set);
    }

    [Fact]
    public void The_Same_Value_Again_Is_No_Change()
    {
        var person = Person();

        new StaffMemberChanges { FullName = FieldChange<string?>.Set("Nông Thị Hằng"), Gender = FieldChange<Gender?>.Set(Gender.Female) }
            .Changes(person).ShouldBeFalse();
        new StaffMemberChanges { Ethnicity = FieldChange<string?>.Clear }.Changes(person).ShouldBeTrue();
    }

    [Fact]
    public async Task The_Manager_Refuses_A_National_Id_Another_Person_Holds_And_Writes_Nothing()
    {
        var person = Person();
        var holder = StaffMemberManager.NewForImport("Lục Văn Thành", Guid.NewGuid(), StaffRole.Collaborator, true, new DateOnly(2020, 3, 6));
        var repository = new Mock<IStaffMemberRepository>();
        repository.Setup(r => r.FindByNationalIdAsync("004179000456", It.IsAny<CancellationToken>())).ReturnsAsync(holder);

        var error = await Should.ThrowAsync<TrainingException>(() => new StaffMemberManager(repository.Object).ApplyAsync(person,
            new StaffMemberChanges { NationalId = FieldChange<string?>.Set("4179000456"), Phone = FieldChange<string?>.Clear }));

        error.Code.ShouldBe(TrainingErrorCodes.StaffNationalIdTaken);
        person.NationalId.ShouldBe("004185000123");
        person.Phone.ShouldBe("0912345678");
    }
}
