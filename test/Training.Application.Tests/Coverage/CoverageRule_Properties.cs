using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Courses;
using Training.Coverage;
using Training.EntityFrameworkCore;
using Training.OrganizationUnits;
using Training.Rosters;
using Training.Timing;

namespace Training.Application.Tests.Coverage;

/// <summary>
/// The number the province is judged by, checked against a plain in-memory reading of DESIGN.md's rule on generated
/// rosters: people who move mid-period, leave before D or join after it, completions of courses not on the plan or dated
/// just either side of midnight in Cao Bằng, communes merged in 2025, certificates (valid on the date though earned before the
/// plan, expired, revoked with their completion voided). A failure names its seed; rerun it alone with
/// <c>COVERAGE_SEED=n</c>.
/// </summary>
public class CoverageRule_Properties
{
    private static readonly DateOnly[] Dates = [new(2020, 6, 30), new(2020, 12, 31), new(2025, 6, 30), new(2025, 12, 31)];
    private static readonly string[] PlanCodes = ["PBT-A", "PBT-B"];
    private const string OtherCode = "PBT-X";

    [Fact]
    public Task The_Sql_Rule_Equals_The_Plain_Rule_On_200_Rosters_On_Sqlite() => CheckAsync(TestDatabase.SqliteInMemory(), 200);

    [PostgresFact]
    public Task The_Sql_Rule_Equals_The_Plain_Rule_On_20_Rosters_On_PostgreSql() => CheckAsync(TestDatabase.Postgres(), 20);

    private static async Task CheckAsync(TestDatabase database, int seeds)
    {
        using var services = new TrainingTestServices(database);
        await services.SignInAsAsync("reviewer@demo.local");
        var world = await World.LoadAsync(services);
        var only = Environment.GetEnvironmentVariable("COVERAGE_SEED") is { Length: > 0 } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        foreach (var seed in only is { } one ? [one] : Enumerable.Range(1, seeds))
        {
            try
            {
                await CheckSeedAsync(services, world, seed);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new Xunit.Sdk.XunitException($"Seed {seed} ({database.Options.Provider}) fails; rerun with COVERAGE_SEED={seed}.\n{e.Message}\n{e.StackTrace}");
            }
        }
    }

    private static async Task CheckSeedAsync(TrainingTestServices services, World world, int seed)
    {
        var random = new Random(seed);
        var roster = await world.GenerateAsync(services, random);
        foreach (var date in Dates.Append(new DateOnly(2020, 3, 6).AddDays(random.Next(0, 2400))))
        {
            var plain = new PlainRule(world, roster, date);
            foreach (var unit in plain.UnitsToAsk(random))
            {
                await using var scope = services.CreateScope();
                var coverage = scope.ServiceProvider.GetRequiredService<ICoverageAppService>();
                var where = $"unit {unit.Code} on {date:yyyy-MM-dd}";
                // By unit alone (the units' own statement), then every breakdown the dashboard shows from one statement.
                var input = new GetCoverageInput { PlanId = roster.Plan.Id, UnitCode = unit.Code, AsOf = date };
                CoverageGrouping[] shown = [CoverageGrouping.Unit, CoverageGrouping.Role, CoverageGrouping.Gender];
                var answers = (await coverage.GetBreakdownsAsync(input, shown)).Select((answer, i) => (shown[i], answer))
                    .Prepend((CoverageGrouping.Unit, await coverage.GetAsync(input)));
                foreach (var (grouping, answer) in answers)
                {
                    var expected = plain.Count(unit, grouping);
                    (answer.InScope, answer.Trained).ShouldBe((expected.InScope, expected.Trained), $"{where}: totals");
                    answer.Percent.ShouldBe(expected.InScope == 0 ? null : Math.Round(100m * expected.Trained / expected.InScope, 1, MidpointRounding.AwayFromZero),
                        $"{where}: percent");
                    (answer.Communes, answer.CommunesWithAnyTrained, answer.CommunesAllTrained).ShouldBe(expected.Communes, $"{where}: communes");
                    answer.Rows.Select(r => (r.Key, r.InScope ?? -1, r.Trained ?? -1)).OrderBy(r => r.Key, StringComparer.Ordinal)
                        .ShouldBe(expected.Rows.OrderBy(r => r.Key, StringComparer.Ordinal), $"{where}: rows by {grouping}");
                }

                // Ethnicity through the calculator: the API hides small counts, the rule does not.
                var calculator = scope.ServiceProvider.GetRequiredService<CoverageCalculator>();
                var byEthnicity = (await calculator.ComputeAsync(roster.Plan, await calculator.GetUnitsOnAsync(date), unit,
                    [CoverageGrouping.Ethnicity, CoverageGrouping.Role]))[0];
                byEthnicity.Rows.Select(r => (r.Key, r.InScope, r.Trained)).OrderBy(r => r.Key, StringComparer.Ordinal)
                    .ShouldBe(plain.Count(unit, CoverageGrouping.Ethnicity).Rows.OrderBy(r => r.Key, StringComparer.Ordinal), $"{where}: rows by ethnicity");

                var untrained = await coverage.GetUntrainedAsync(new GetUntrainedInput { PlanId = roster.Plan.Id, UnitCode = unit.Code, AsOf = date, PageSize = 1000 });
                untrained.Items.Select(i => i.StaffId).ShouldBe(plain.Untrained(unit), ignoreOrder: true, $"{where}: the untrained");
                untrained.TotalCount.ShouldBe(plain.Untrained(unit).Count, $"{where}: the untrained count");
                untrained.Items.ShouldAllBe(i => plain.CountsUnder(i.StaffId)!.Id == i.UnitId, $"{where}: the untrained's units");
            }
        }
    }

    /// <summary>The real Cao Bằng tree of 2020 and 2025 (with its successions), three courses, and a generator of rosters over it.</summary>
    private sealed class World
    {
        public required List<OrganizationUnit> Units { get; init; }

        public required List<OrganizationUnitSuccession> Successions { get; init; }

        public required Dictionary<string, Guid> Courses { get; init; }

        /// <summary>The courses themselves: PBT-A's certificates last 24 months, the others' for ever.</summary>
        public required Dictionary<string, Course> CourseEntities { get; init; }

        public required Guid TrainerId { get; init; }

        public OrganizationUnit Find(Guid id) => Units.First(u => u.Id == id);

        public static async Task<World> LoadAsync(TrainingTestServices services)
        {
            await using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var courses = scope.ServiceProvider.GetRequiredService<CourseManager>();
            var trainerId = services.CurrentUser.Id!.Value;
            var ids = new Dictionary<string, Guid>();
            var entities = new Dictionary<string, Course>();
            foreach (var code in PlanCodes.Append(OtherCode))
            {
                var course = await courses.CreateAsync(code, trainerId);
                course.Describe(code, null, [], new CompletionRule(true, null, false), code == PlanCodes[0] ? 24 : null, true, issuesCertificate: true);
                ids[code] = course.Id;
                entities[code] = course;
            }

            await db.SaveChangesAsync();
            return new World
            {
                Units = await db.OrganizationUnits.AsNoTracking().ToListAsync(),
                Successions = await db.OrganizationUnitSuccessions.AsNoTracking().ToListAsync(),
                Courses = ids,
                CourseEntities = entities,
                TrainerId = trainerId,
            };
        }

        /// <summary>A fresh roster (the previous seed's is deleted) of up to 400 people in three districts, their 2025 successors and the agencies.</summary>
        public async Task<Roster> GenerateAsync(TrainingTestServices services, Random random)
        {
            await using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            await db.Certificates.ExecuteDeleteAsync();
            await db.CourseCompletions.ExecuteDeleteAsync();
            await db.StaffUnitAssignments.ExecuteDeleteAsync();
            await db.StaffMembers.ExecuteDeleteAsync();
            await db.CoveragePlans.ExecuteDeleteAsync();

            var province = Units.Single(u => u.ParentId is null && u.Kind == OrganizationUnitKind.Province);
            var districts = Units.Where(u => u.Kind == OrganizationUnitKind.District).OrderBy(_ => random.Next()).Take(3).ToList();
            var old = Units.Where(u => districts.Any(d => u.Path.StartsWith(d.Path, StringComparison.Ordinal))).ToList();
            var successors = Successions.Where(s => old.Any(o => o.Id == s.PredecessorId)).Select(s => Find(s.SuccessorId));
            var pool = old.Concat(successors).Concat(Units.Where(u => u.Kind == OrganizationUnitKind.Agency)).Append(province).Distinct().ToList();

            var roles = Enum.GetValues<StaffRole>().Where(_ => random.Next(3) > 0).ToList();
            var plan = new CoveragePlan(Guid.CreateVersion7(), new CoveragePlanTerms("Kế hoạch thử", random.Next(2) == 0 ? new DateOnly(2020, 3, 6) : new DateOnly(2020, 1, 1),
                new DateOnly(2026, 12, 31), province.Code, roles, PlanCodes.Take(random.Next(1, 3)).ToList(), 100, 100, null, 10, null, null));
            db.CoveragePlans.Add(plan);

            var manager = scope.ServiceProvider.GetRequiredService<StaffMemberManager>();
            var people = new List<StaffMember>();
            var completions = new List<CourseCompletion>();
            string?[] ethnicities = ["Tày", "Nùng", "Kinh", "H'Mông", null];
            for (var i = random.Next(1, 401); i > 0; i--)
            {
                var from = OrganizationUnitConsts.SeedStructureValidFrom.AddDays(random.Next(0, 2400));
                var person = await manager.CreateAsync($"Người {i}", UnitOn(pool, from, random).Id, (StaffRole)random.Next(6), random.Next(5) > 0, from, new StaffMemberChanges
                {
                    Gender = FieldChange<Gender?>.Set(random.Next(5) switch { 0 => null, 1 or 2 => Gender.Female, _ => Gender.Male }),
                    Ethnicity = FieldChange<string?>.Set(ethnicities[random.Next(ethnicities.Length)]),
                });
                if (random.Next(3) == 0)
                {
                    var movedOn = from.AddDays(random.Next(1, 900));
                    person.MoveTo(UnitOn(pool, movedOn, random).Id, movedOn);
                }

                if (random.Next(5) == 0)
                {
                    person.Deactivate(from.AddDays(random.Next(0, 1500)));
                }

                for (var c = random.Next(0, 3); c > 0; c--)
                {
                    // Instants near midnight in Cao Bằng half the time: the business date decides, not the UTC one.
                    var day = new DateTime(2019, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 2600));
                    var at = new DateTimeOffset(day, TimeSpan.Zero).AddHours(random.Next(2) == 0 ? 16 + random.NextDouble() * 2 : random.NextDouble() * 24);
                    if (random.Next(4) == 0)
                    {
                        // Exactly around one of the reporting dates' midnights.
                        var d = Dates[random.Next(Dates.Length)];
                        at = new DateTimeOffset(d.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero).AddMinutes(random.Next(-30, 30));
                    }

                    var code = random.Next(4) == 0 ? OtherCode : PlanCodes[random.Next(PlanCodes.Length)];
                    if (completions.All(x => x.StaffMemberId != person.Id || x.CourseId != Courses[code]))
                    {
                        completions.Add(new CourseCompletion(Guid.CreateVersion7(), person.Id, Courses[code], code, BusinessClock.ToBusinessDate(at), null, at));
                    }
                }

                people.Add(person);
            }

            // Half the completions earned a certificate; one in four of those was revoked, voiding its completion.
            var certificates = new List<Training.Certificates.Certificate>();
            var facts = new Training.Certificates.CertificateFacts("Người", null, "Xã", "Khoá", null, null, null, null, "Cao Bằng", null, null, null);
            foreach (var completion in completions.Where(_ => random.Next(2) == 0))
            {
                var certificate = Training.Certificates.Certificate.Issue(completion, CourseEntities[completion.CourseCode], facts, certificates.Count + 1,
                    Training.Certificates.VerificationCodes.New(), completion.RecordedAt);
                if (random.Next(4) == 0)
                {
                    certificate.Revoke("Cấp nhầm", completion.RecordedAt.AddDays(30));
                    completion.Void(completion.RecordedAt.AddDays(30));
                }

                certificates.Add(certificate);
            }

            db.CourseCompletions.AddRange(completions);
            db.Certificates.AddRange(certificates);
            await db.SaveChangesAsync();
            return new Roster(plan, people.Select(p => new Person(p.Id, p.Role, p.InScope, p.Gender, p.Ethnicity, p.ActiveFrom, p.ActiveTo,
                p.Assignments.Select(a => (a.UnitId, a.From, a.To)).ToList())).ToList(),
                completions.Where(c => c.VoidedAt is null).Select(c => (c.StaffMemberId, c.CourseCode, Local(c.RecordedAt))).ToList(),
                certificates.Where(c => c.RevokedAt is null)
                    .Select(c => (c.StaffMemberId, c.CourseCode, Local(c.IssuedAt), CourseEntities[c.CourseCode].CertificateValidityMonths)).ToList());
        }

        /// <summary>The business date of an instant, computed apart from the application: Việt Nam is UTC+7 all year.</summary>
        private static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime.AddHours(7));

        private static OrganizationUnit UnitOn(List<OrganizationUnit> pool, DateOnly date, Random random)
        {
            var valid = pool.Where(u => u.IsValidOn(date)).ToList();
            var communes = valid.Where(u => u.Kind == OrganizationUnitKind.Commune).ToList();
            return communes.Count > 0 && random.Next(5) > 0 ? communes[random.Next(communes.Count)] : valid[random.Next(valid.Count)];
        }
    }

    private sealed record Person(Guid Id, StaffRole Role, bool InScope, Gender? Gender, string? Ethnicity, DateOnly ActiveFrom, DateOnly? ActiveTo,
        List<(Guid UnitId, DateOnly From, DateOnly? To)> Assignments);

    /// <param name="Certificates">Those not revoked: whose, of which course, the day of the completion, and the course's validity in months.</param>
    private sealed record Roster(CoveragePlan Plan, List<Person> People, List<(Guid StaffId, string Code, DateOnly On)> Completions,
        List<(Guid StaffId, string Code, DateOnly From, int? Months)> Certificates);

    /// <summary>DESIGN.md's rule read literally, person by person, with its own walk of the unit tree.</summary>
    private sealed class PlainRule
    {
        private readonly World world;
        private readonly Roster roster;
        private readonly DateOnly date;
        private readonly Dictionary<Guid, OrganizationUnit?> _where;

        public PlainRule(World world, Roster roster, DateOnly date)
        {
            this.world = world;
            this.roster = roster;
            this.date = date;
            _where = roster.People.ToDictionary(p => p.Id, Where);
        }

        public OrganizationUnit? CountsUnder(Guid staffId) => _where[staffId];

        public IEnumerable<OrganizationUnit> UnitsToAsk(Random random)
        {
            var province = world.Units.Single(u => u.ParentId is null && u.Kind == OrganizationUnitKind.Province);
            yield return province;
            var counted = _where.Values.OfType<OrganizationUnit>().ToList();
            if (counted.Count > 0)
            {
                var someone = counted[random.Next(counted.Count)];
                yield return someone;
                if (someone.ParentId is { } parentId && parentId != province.Id)
                {
                    yield return world.Find(parentId);
                }
            }
        }

        public (int InScope, int Trained, (int, int, int) Communes, List<(string? Key, int InScope, int Trained)> Rows) Count(OrganizationUnit unit,
            CoverageGrouping grouping)
        {
            var counted = Counted(unit).ToList();
            var communes = world.Units.Where(u => u.Kind == OrganizationUnitKind.Commune && u.IsValidOn(date) && u.Path.StartsWith(unit.Path, StringComparison.Ordinal))
                .Select(c => counted.Where(p => _where[p.Id]!.Path.StartsWith(c.Path, StringComparison.Ordinal)).ToList()).ToList();
            var rows = grouping switch
            {
                CoverageGrouping.Unit => world.Units.Where(u => u.ParentId == unit.Id && u.IsValidOn(date))
                    .Select(child => Tally(child.Code, counted.Where(p => _where[p.Id]!.Path.StartsWith(child.Path, StringComparison.Ordinal)))).ToList(),
                CoverageGrouping.Role => counted.GroupBy(p => p.Role.ToString()).Select(g => Tally(g.Key, g)).ToList(),
                CoverageGrouping.Gender => counted.GroupBy(p => p.Gender?.ToString()).Select(g => Tally(g.Key, g)).ToList(),
                _ => counted.GroupBy(p => p.Ethnicity).Select(g => Tally(g.Key, g)).ToList(),
            };
            return (counted.Count, counted.Count(Trained),
                (communes.Count, communes.Count(c => c.Any(Trained)), communes.Count(c => c.Count > 0 && c.All(Trained))), rows);
        }

        public List<Guid> Untrained(OrganizationUnit unit) => Counted(unit).Where(p => !Trained(p)).Select(p => p.Id).ToList();

        private (string? Key, int InScope, int Trained) Tally(string? key, IEnumerable<Person> people) =>
            (key, people.Count(), people.Count(Trained));

        private IEnumerable<Person> Counted(OrganizationUnit unit) => roster.People.Where(p =>
            p.InScope && roster.Plan.Roles.Contains(p.Role) && p.ActiveFrom <= date && (p.ActiveTo is null || date <= p.ActiveTo)
            && _where[p.Id] is { } where && where.Path.StartsWith(unit.Path, StringComparison.Ordinal));

        private bool Trained(Person p) =>
            roster.Completions.Any(c => c.StaffId == p.Id && roster.Plan.CourseCodes.Contains(c.Code) && roster.Plan.StartsOn <= c.On && c.On <= date)
            || roster.Certificates.Any(c => c.StaffId == p.Id && roster.Plan.CourseCodes.Contains(c.Code) && c.From <= date
                && (c.Months is not { } months || date <= c.From.AddMonths(months).AddDays(-1)));

        private OrganizationUnit? Where(Person p) =>
            p.Assignments.FirstOrDefault(a => a.From <= date && (a.To is null || date <= a.To)) is { UnitId: var unitId } && unitId != Guid.Empty
                ? Resolve(world.Find(unitId), 0)
                : null;

        private OrganizationUnit? Resolve(OrganizationUnit unit, int depth)
        {
            if (unit.ValidFrom <= date && (unit.ValidTo is null || date <= unit.ValidTo))
            {
                return unit;
            }

            var next = world.Successions.Where(s => s.PredecessorId == unit.Id && s.EffectiveOn <= date).ToList();
            if (unit.ValidTo < date && next.Count == 1 && depth < 20 && Resolve(world.Find(next[0].SuccessorId), depth + 1) is { } successor)
            {
                return successor;
            }

            for (var parent = unit.ParentId; parent is { } id; parent = world.Find(id).ParentId)
            {
                if (world.Find(id) is var p && p.ValidFrom <= date && (p.ValidTo is null || date <= p.ValidTo))
                {
                    return p;
                }
            }

            return null;
        }
    }
}
