using System.Diagnostics;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.Courses;
using Training.EntityFrameworkCore;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Benchmarks;

/// <summary>
/// Fills a database with realistic Vietnamese data for measuring lists and reports at scale. "province": Cao Bằng's real
/// units and ~8,000 staff; "national": 34 provinces, ~3,300 communes, 150,000 in-scope staff, 500 courses, 5,000 sessions
/// with their enrolments and completions, each completion with its certificate. Deterministic (one seed), so that two runs
/// measure the same data.
/// </summary>
public static class DataGenerator
{
    public const string BenchOfficer = "officer-caobang@demo.local";
    private static readonly DateOnly From = new(2025, 7, 1);

    // The 34 provincial units from 1 July 2025 (Resolution 202/2025/QH15); Cao Bằng is the real tree already seeded.
    private static readonly string[] Provinces =
    [
        "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Lai Châu", "Tỉnh Điện Biên", "Tỉnh Sơn La", "Tỉnh Lạng Sơn", "Tỉnh Quảng Ninh", "Tỉnh Thanh Hóa",
        "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh", "Tỉnh Tuyên Quang", "Tỉnh Lào Cai", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên",
        "Thành phố Hải Phòng", "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng", "Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa",
        "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai", "Tỉnh Tây Ninh", "Thành phố Cần Thơ", "Tỉnh Vĩnh Long",
        "Tỉnh Đồng Tháp", "Tỉnh Cà Mau", "Tỉnh An Giang",
    ];

    public static async Task RunAsync(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Option(args, "--provider") ?? "Sqlite", ignoreCase: true);
        var national = (Option(args, "--scale") ?? "province") == "national";
        var options = Options(provider, national ? "national" : "province");
        Console.WriteLine($"generating {(national ? "national" : "province")} data into {provider}: {options.ConnectionString}");
        var clock = Stopwatch.StartNew();
        using var services = new TrainingTestServices(TestDatabase.Kept(options));
        await using (var check = services.CreateScope())
        {
            if (await check.ServiceProvider.GetRequiredService<TrainingDbContext>().StaffMembers.AnyAsync())
            {
                Console.WriteLine("the database already has staff: no people generated");
                await PlansAsync(services);
                if (national && provider == DatabaseProvider.PostgreSql)
                {
                    await AttemptData.GenerateAsync(services, options);
                }

                return;
            }
        }

        var faker = new Faker("vi") { Random = new Randomizer(552) };
        var communes = await UnitsAsync(services, national);
        Console.WriteLine($"units: {communes.Count} communes ({clock.Elapsed.TotalSeconds:F0} s)");
        var staff = await StaffAsync(services, faker, communes, national ? 150_000 : 8_000);
        Console.WriteLine($"staff: {staff.Count} ({clock.Elapsed.TotalSeconds:F0} s)");
        var (sessions, enrolments, completions) = await TrainingAsync(services, options, faker, communes, staff, national ? 500 : 20, national ? 5_000 : 200);
        Console.WriteLine($"courses, {sessions} sessions, {enrolments} enrolments, {completions} completions and their certificates ({clock.Elapsed.TotalSeconds:F0} s)");
        await OfficerAsync(services);
        await PlansAsync(services);
        if (national && provider == DatabaseProvider.PostgreSql)
        {
            await AttemptData.GenerateAsync(services, options);
        }

        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0} s; sign in as {BenchOfficer} or admin@demo.local");
    }

    /// <summary>Where the generated data lives: App_Data/bench-{scale}.db, or the database training_bench_{scale} on TRAINING_TEST_POSTGRES.</summary>
    public static TrainingDatabaseOptions Options(DatabaseProvider provider, string scale)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            return new TrainingDatabaseOptions { Provider = provider, ConnectionString = CreatePostgres($"training_bench_{scale}") };
        }

        Directory.CreateDirectory("App_Data");
        return new TrainingDatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.GetFullPath($"App_Data/bench-{scale}.db")}" };
    }

    private static string CreatePostgres(string name)
    {
        var admin = TestDatabase.PostgresConnectionString ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set.");
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", connection);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    private static async Task<List<OrganizationUnit>> UnitsAsync(TrainingTestServices services, bool national)
    {
        await using var scope = services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();
        var caoBang = (await units.GetValidOnAsync(From)).Where(u => u.Kind == OrganizationUnitKind.Commune).ToList();
        if (!national)
        {
            return caoBang;
        }

        var manager = scope.ServiceProvider.GetRequiredService<OrganizationUnitManager>();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var all = new List<OrganizationUnit>(caoBang);
        for (var p = 0; p < Provinces.Length; p++)
        {
            var province = await manager.CreateAsync($"G{p + 1:00}", Provinces[p], OrganizationUnitKind.Province, null, From, null);
            await db.SaveChangesAsync();
            for (var c = 0; c < 100; c++)
            {
                all.Add(await manager.CreateAsync($"G{p + 1:00}{c + 1:000}", $"{(c % 4 == 0 ? "Phường" : "Xã")} {c + 1} {Provinces[p][5..]}",
                    OrganizationUnitKind.Commune, province, From, null));
            }

            await db.SaveChangesAsync();
        }

        return all;
    }

    private static async Task<List<(Guid Id, Guid UnitId)>> StaffAsync(TrainingTestServices services, Faker faker, List<OrganizationUnit> communes, int count)
    {
        await services.SignInAsAsync("admin@demo.local");
        var people = new List<(Guid, Guid)>(count);
        var ethnic = Training.Rosters.EthnicGroups.Names;
        foreach (var batch in Enumerable.Range(0, count).Chunk(5_000))
        {
            await using var scope = services.CreateScope();
            var written = batch.Select(i =>
            {
                var unit = communes[i % communes.Count];
                var female = faker.Random.Bool();
                // Bogus' vi names write Đ as the Icelandic Ð (U+00D0), which sorts and searches as another letter.
                var name = $"{faker.Name.LastName()} {(female ? "Thị" : "Văn")} {faker.Name.FirstName()}".Replace('Ð', 'Đ').Replace('ð', 'đ');
                var person = StaffMemberManager.NewForImport(name, unit.Id, faker.PickRandom<StaffRole>(), inScope: faker.Random.Int(0, 19) != 0, From);
                StaffMemberManager.ApplyChecked(person, new StaffMemberChanges
                {
                    Gender = FieldChange<Gender?>.Set(female ? Gender.Female : Gender.Male),
                    BirthDate = FieldChange<DateOnly?>.Set(new DateOnly(faker.Random.Int(1965, 2000), faker.Random.Int(1, 12), faker.Random.Int(1, 28))),
                    Ethnicity = FieldChange<string?>.Set(faker.Random.Int(0, 2) == 0 ? "Kinh" : ethnic[faker.Random.Int(0, ethnic.Count - 1)]),
                    NationalId = FieldChange<string?>.Set($"{faker.Random.Int(1, 96):000}{i:000000000}"),
                    Phone = FieldChange<string?>.Set($"09{faker.Random.Int(10_000_000, 99_999_999)}"),
                });
                people.Add((person.Id, unit.Id));
                return person;
            }).ToList();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>();
            await unitOfWork.InTransactionAsync(() => scope.ServiceProvider.GetRequiredService<IStaffMemberRepository>().InsertNewAsync(written));
        }

        return people;
    }

    /// <summary>Courses, sessions, enrolments and completions, written without the audit interceptor: generated data is not anyone's change.</summary>
    private static async Task<(int Sessions, int Enrolments, int Completions)> TrainingAsync(TrainingTestServices services, TrainingDatabaseOptions options, Faker faker,
        List<OrganizationUnit> communes, List<(Guid Id, Guid UnitId)> staff, int courseCount, int sessionCount)
    {
        await services.SignInAsAsync("trainer@demo.local");
        await using (var scope = services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<CourseManager>();
            for (var c = 0; c < courseCount; c++)
            {
                var course = await manager.CreateAsync($"KH-{c + 1:000}", services.CurrentUser.Id!.Value);
                course.Describe($"Kỹ năng phòng, chống tệ nạn xã hội {c + 1}", faker.Lorem.Sentence(), [], new CompletionRule(true, 80, false), 24, true,
                    issuesCertificate: true);
                for (var l = 0; l < 3; l++)
                {
                    course.AddLesson($"Bài {l + 1}", $"<p>{faker.Lorem.Paragraph()}</p>", null);
                }

                course.Publish(false, DateTimeOffset.UtcNow);
            }

            await scope.ServiceProvider.GetRequiredService<ITrainingUnitOfWork>().SaveChangesAsync();
        }

        await using var db = TrainingDbContext.Create(options);
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).ToListAsync();
        var byUnit = staff.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
        var people = await db.StaffMembers.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.FullName, s.BirthDate));
        var sequences = new Dictionary<(int Year, string Code), int>();
        int enrolments = 0, completions = 0;
        foreach (var batch in Enumerable.Range(0, sessionCount).Chunk(250))
        {
            foreach (var s in batch)
            {
                var course = courses[s % courses.Count];
                var unit = communes[s % communes.Count];
                var day = From.AddDays(faker.Random.Int(0, 500));
                var session = TrainingSession.Plan(course, $"Lớp {s + 1}", SessionMode.InPerson, unit.Id, unit.Name, faker.Name.FullName(), 40, [day, day.AddDays(1)]);
                var recordedAt = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                foreach (var person in (byUnit.GetValueOrDefault(unit.Id) ?? []).Take(30))
                {
                    session.Enroll(person, recordedAt.AddDays(-10));
                    enrolments++;
                    if (faker.Random.Int(0, 9) < 6)
                    {
                        var completion = new CourseCompletion(Guid.CreateVersion7(), person, course.Id, course.Code, day.AddDays(1), session.Id, recordedAt);
                        db.CourseCompletions.Add(completion);
                        var key = (recordedAt.Year, course.Code);
                        sequences[key] = sequences.GetValueOrDefault(key) + 1;
                        var (name, born) = people[person];
                        db.Certificates.Add(Training.Certificates.Certificate.Issue(completion, course, new Training.Certificates.CertificateFacts(name, born,
                                unit.Name, course.Title, day, day.AddDays(1), "UBND tỉnh", "Sở Lao động - Thương binh và Xã hội", "Cao Bằng", "Giám đốc",
                                "Hoàng Văn Đức", null), sequences[key], Training.Certificates.VerificationCodes.New(), recordedAt));
                        completions++;
                    }
                }

                db.TrainingSessions.Add(session);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        // The counters the issued serials used, so that a certificate issued later on this data takes the next number.
        foreach (var ((year, code), last) in sequences)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"CertificateSequences\" (\"Year\", \"CourseCode\", \"Last\") VALUES ({year}, {code}, {last})");
        }

        return (sessionCount, enrolments, completions);
    }

    public const string PlanName = "Kế hoạch tập huấn 2025–2026";

    /// <summary>A coverage plan over Cao Bằng and one over each generated province, counting the first ten courses' completions.</summary>
    private static async Task PlansAsync(TrainingTestServices services)
    {
        await using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        if (await db.CoveragePlans.AnyAsync(p => p.Name.StartsWith(PlanName)))
        {
            return;
        }

        var codes = Enumerable.Range(1, 10).Select(c => $"KH-{c:000}").ToList();
        var roots = await db.OrganizationUnits.Where(u => u.ParentId == null).Select(u => u.Code).ToListAsync();
        foreach (var root in roots)
        {
            db.CoveragePlans.Add(new Training.Coverage.CoveragePlan(Guid.CreateVersion7(), new Training.Coverage.CoveragePlanTerms(
                root == "04" ? PlanName : $"{PlanName} ({root})", From, new DateOnly(2026, 12, 31), root, [], codes, 100, 100, null, 10, null, null)));
        }

        await db.SaveChangesAsync();
        Console.WriteLine($"coverage plans: {roots.Count}");
    }

    private static async Task OfficerAsync(TrainingTestServices services)
    {
        await using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        if (await users.FindByNameAsync(BenchOfficer) is not null)
        {
            return;
        }

        var caoBang = (await scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync("04", From, false))!;
        var officer = new TrainingUser(Guid.CreateVersion7(), BenchOfficer, BenchOfficer, "Cán bộ tỉnh Cao Bằng");
        officer.AssignOrganizationUnit(caoBang.Id);
        (await users.CreateAsync(officer, Training.Data.DemoDataSeeder.DemoPassword)).Succeeded.ShouldBeTrueOrThrow();
        (await users.AddToRoleAsync(officer, TrainingRoles.UnitOfficer)).Succeeded.ShouldBeTrueOrThrow();
    }

    private static void ShouldBeTrueOrThrow(this bool value)
    {
        if (!value)
        {
            throw new InvalidOperationException("Identity refused the benchmark officer.");
        }
    }

    public static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
