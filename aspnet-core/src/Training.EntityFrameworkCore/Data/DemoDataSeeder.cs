using Microsoft.AspNetCore.Identity;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.Data;

/// <summary>Demo accounts for Development (password <see cref="DemoPassword"/>), listed in README.</summary>
public sealed class DemoDataSeeder(UserManager<TrainingUser> userManager, IOrganizationUnitRepository units)
{
    public const string DemoPassword = "Demo@2020";
    public const string HoaAnDistrictCode = "051";
    public const string NuocHaiCommuneCode = "01654";

    public static readonly IReadOnlyList<(string Email, string DisplayName, string Role)> Users =
    [
        ("admin@demo.local", "Quản trị hệ thống", TrainingRoles.Admin),
        ("trainer@demo.local", "Nông Thị Hằng", TrainingRoles.Trainer),
        ("reviewer@demo.local", "Hoàng Văn Đức", TrainingRoles.Reviewer),
        ("officer@demo.local", "Bế Thị Lan", TrainingRoles.UnitOfficer),
        ("learner@demo.local", "Lục Văn Thắng", TrainingRoles.Learner),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var asOf = new DateOnly(2020, 3, 6);
        var province = await FindAsync(OrganizationUnitDataSeeder.ProvinceCode);
        var hoaAn = await FindAsync(HoaAnDistrictCode);
        var nuocHai = await FindAsync(NuocHaiCommuneCode);
        foreach (var (email, displayName, role) in Users)
        {
            if (await userManager.FindByNameAsync(email) is not null)
            {
                continue;
            }

            var user = new TrainingUser(Guid.CreateVersion7(), email, email, displayName) { EmailConfirmed = true };
            user.AssignOrganizationUnit(role switch
            {
                TrainingRoles.UnitOfficer => hoaAn.Id,
                TrainingRoles.Learner => nuocHai.Id,
                _ => province.Id,
            });
            IdentityDataSeeder.Check(await userManager.CreateAsync(user, DemoPassword));
            IdentityDataSeeder.Check(await userManager.AddToRoleAsync(user, role));
        }

        async Task<OrganizationUnit> FindAsync(string code) =>
            await units.FindByCodeAsync(code, asOf, fallBackToLatest: false, cancellationToken)
            ?? throw new InvalidOperationException($"Unit {code} is not seeded.");
    }
}
