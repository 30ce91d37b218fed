using Microsoft.Extensions.Localization;
using Training.Auditing;
using Training.Documents;
using Training.Identity;
using Training.Localization;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Timing;

namespace Training.Rosters.Workbooks;

/// <summary>
/// The roster in Excel. An import reads every row, matches each to a person (by <c>Mã cán bộ</c>, else national ID, else
/// name + birth date + unit), and reports every bad row; it writes nothing when any row fails unless the caller asks for
/// the valid rows only, and nothing at all on a dry run. Importing the same file twice changes nothing.
/// </summary>
public sealed class StaffWorkbookAppService(
    IPermissionChecker permissions,
    IStaffMemberRepository staff,
    IOrganizationUnitRepository units,
    IUnitScope scope,
    RosterAccess access,
    ITrainingUnitOfWork unitOfWork,
    IStringLocalizer<TrainingResource> localizer,
    PersonalDataAudit audit,
    TimeProvider clock) : IStaffWorkbookAppService
{
    private const int ProgressEvery = 1000;
    private const int SaveEvery = 2000;

    public async Task<FileContentDto> GetTemplateAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        var date = asOf ?? BusinessClock.Today(clock);
        return FileContentDto.FromBytes("mau-danh-sach-can-bo.xlsx", ContentTypes.Xlsx,
            new StaffWorkbookWriter(await UnitEntriesAsync(date, cancellationToken), date).ToBytes());
    }

    public async Task<FileContentDto> GetExportAsync(string? unitCode, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Export, cancellationToken);
        var date = asOf ?? BusinessClock.Today(clock);
        var paths = await access.GetPathsAsync(unitCode, date, asOf is null, cancellationToken);
        var fields = await access.GetFieldAccessAsync(cancellationToken);
        var writer = new StaffWorkbookWriter(await UnitEntriesAsync(date, cancellationToken), date);
        var people = new List<(StaffMember Staff, Guid UnitId)>();
        await foreach (var row in staff.StreamAsync(new StaffQuery(paths, date, ActiveOnly: false), cancellationToken))
        {
            people.Add(row);
        }

        var unitById = await access.GetUnitsByIdAsync(people.Select(p => p.UnitId), cancellationToken);
        await audit.RecordAsync(AuditAction.Exported, nameof(StaffMember), "export", paths, new { unitCode, asOf = date, count = people.Count, fields },
            cancellationToken);
        var rows = people.Select(p => fields.ToDto(p.Staff, unitById[p.UnitId])).Select(dto => new Dictionary<string, object?>
            {
                [StaffColumns.FullName] = dto.FullName,
                [StaffColumns.Gender] = dto.Gender is { } g ? StaffColumns.GenderName(g) : null,
                [StaffColumns.BirthDate] = dto.BirthDate,
                [StaffColumns.Ethnicity] = dto.Ethnicity,
                [StaffColumns.NationalId] = dto.NationalId,
                [StaffColumns.Phone] = dto.Phone,
                [StaffColumns.Email] = dto.Email,
                [StaffColumns.UnitCode] = $"{dto.UnitCode} - {dto.UnitName}",
                [StaffColumns.Role] = StaffRoleNames.Of(dto.Role),
                [StaffColumns.InScope] = dto.InScope ? StaffColumns.Yes : StaffColumns.No,
                [StaffColumns.StaffId] = dto.Id.ToString(),
                [StaffColumns.EndDate] = dto.ActiveTo,
            });
        return new FileContentDto($"danh-sach-can-bo-{unitCode ?? "tat-ca"}.xlsx", ContentTypes.Xlsx, (output, token) => writer.WriteAsync(output, rows, token));
    }

    public async Task<StaffImportResultDto> ImportAsync(StaffImportRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        var asOf = request.AsOf ?? BusinessClock.Today(clock);
        var fields = await access.GetFieldAccessAsync(cancellationToken);
        var scopePaths = await scope.GetPathsAsync(cancellationToken);
        var unitsByCode = (await units.GetValidOnAsync(asOf, cancellationToken)).ToDictionary(u => u.Code);

        List<StaffImportRow> rows;
        StaffWorkbookHeader header;
        using (var reader = await XlsxRowReader.OpenAsync(request.File, cancellationToken))
        {
            (header, rows) = ReadRows(reader, new StaffRowParserFactory(unitsByCode, fields, asOf), progress);
        }

        if (request.DryRun)
        {
            return await MatchAsync(request, rows, header, scopePaths, asOf, commit: false, cancellationToken);
        }

        // A committed import reads the roster and writes it in one transaction, one import at a time per province (on every
        // node, from the page, the API or the import job): the second waits, then matches against what the first wrote, so
        // that the same file committed twice creates its people once.
        StaffImportResultDto result = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await staff.LockRostersAsync(scopePaths.Select(p => p[..OrganizationUnitConsts.PathSegmentLength]).Distinct().ToList(), cancellationToken);
            result = await MatchAsync(request, rows, header, scopePaths, asOf, commit: true, cancellationToken);
        }, cancellationToken);
        return result;
    }

    private async Task<StaffImportResultDto> MatchAsync(StaffImportRequest request, List<StaffImportRow> rows, StaffWorkbookHeader header,
        IReadOnlyList<string> scopePaths, DateOnly asOf, bool commit, CancellationToken cancellationToken)
    {
        var matcher = await StaffImportMatcher.CreateAsync(staff, units, scopePaths, asOf, rows, cancellationToken);
        matcher.MatchAll(rows);
        await matcher.CheckHistoryAsync(staff, units, BusinessClock.Today(clock), rows, cancellationToken);

        var errors = rows.SelectMany(r => r.Errors.Select(e => new StaffImportErrorDto(r.RowNumber, e.Column is null ? null : header.HeaderOf(e.Column), e.Code,
            localizer[e.Code, e.Arguments].Value))).ToList();
        var valid = rows.Where(r => r.IsValid).ToList();
        var created = valid.Where(r => r.Existing is null).ToList();
        var changed = valid.Where(r => r.Existing is not null && matcher.HasChanges(r)).ToList();
        var committed = commit && (errors.Count == 0 || request.Mode == StaffImportMode.ValidOnly) && created.Count + changed.Count > 0;
        if (committed)
        {
            await ApplyAsync(created, changed, asOf, cancellationToken);
        }

        return new StaffImportResultDto(rows.Count, created.Count, changed.Count, valid.Count - created.Count - changed.Count, errors)
        {
            Committed = committed,
        };
    }

    public async Task<FileContentDto> GetErrorReportAsync(string fileName, Stream file, IReadOnlyList<StaffImportErrorDto> errors,
        CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Import, cancellationToken);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        StaffWorkbookHeader header;
        using (var reader = await XlsxRowReader.OpenAsync(copy, cancellationToken))
        {
            header = reader.ReadRows().Take(StaffWorkbookHeader.SearchRows).Select(StaffWorkbookHeader.TryRead).FirstOrDefault(h => h is not null)
                ?? throw new TrainingException(TrainingErrorCodes.ImportNoHeader);
        }

        var byRow = errors.GroupBy(e => e.Row).ToDictionary(g => g.Key,
            g => string.Join("; ", g.Select(e => e.Column is null ? e.Message : $"{e.Column}: {e.Message}")));
        return XlsxErrorReport.Create("bao-cao-loi-" + Path.GetFileName(fileName), copy.ToArray(), header.RowNumber, header.ErrorColumn, StaffColumns.Errors,
            byRow);
    }

    private static (StaffWorkbookHeader Header, List<StaffImportRow> Rows) ReadRows(XlsxRowReader reader, StaffRowParserFactory parsers, IProgress<int>? progress)
    {
        StaffWorkbookHeader? header = null;
        StaffRowParser? parser = null;
        var rows = new List<StaffImportRow>();
        foreach (var row in reader.ReadRows())
        {
            if (header is null)
            {
                header = StaffWorkbookHeader.TryRead(row);
                if (header is null && row.RowNumber >= StaffWorkbookHeader.SearchRows)
                {
                    throw new TrainingException(TrainingErrorCodes.ImportNoHeader);
                }

                if (header?.MissingRequired is { Count: > 0 } missing)
                {
                    throw new TrainingException(TrainingErrorCodes.ImportMissingColumn, TrainingErrorKind.BadRequest, string.Join(", ", missing));
                }

                parser = header is null ? null : parsers.Create(header.Columns);
                continue;
            }

            if (row.Cells.Count == 0 || row.Cells.Keys.All(k => k == header.ErrorColumn))
            {
                continue;
            }

            if (rows.Count == StaffMemberConsts.MaxImportRows)
            {
                throw new TrainingException(TrainingErrorCodes.ImportTooManyRows, TrainingErrorKind.BadRequest, StaffMemberConsts.MaxImportRows);
            }

            rows.Add(parser!.Parse(row));
            if (rows.Count % ProgressEvery == 0)
            {
                progress?.Report(rows.Count);
            }
        }

        return (header ?? throw new TrainingException(TrainingErrorCodes.ImportNoHeader), rows);
    }

    /// <summary>Writes in batches (inside the import's transaction): all rows or none, with memory that does not grow with the file.</summary>
    private async Task ApplyAsync(List<StaffImportRow> created, List<StaffImportRow> changed, DateOnly asOf, CancellationToken cancellationToken)
    {
        foreach (var batch in created.Chunk(SaveEvery))
        {
            await staff.InsertNewAsync(batch.Select(row =>
            {
                var person = StaffMemberManager.NewForImport(row.FullName!, row.Unit!.Id, row.Role!.Value, row.InScope!.Value, asOf);
                StaffMemberManager.ApplyChecked(person, row.Changes);
                return person;
            }).ToList(), cancellationToken);
        }

        foreach (var batch in changed.Chunk(SaveEvery))
        {
            var tracked = (await staff.GetByIdsAsync(batch.Select(r => r.Existing!.Id).ToList(), cancellationToken)).ToDictionary(s => s.Id);
            foreach (var row in batch)
            {
                StaffImportMatcher.Apply(row, tracked[row.Existing!.Id], asOf);
            }

            await SaveBatchAsync(cancellationToken);
        }
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await unitOfWork.SaveChangesAsync(cancellationToken);
        unitOfWork.ForgetSaved();
    }

    private async Task<IReadOnlyList<string>> UnitEntriesAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var paths = await scope.GetPathsAsync(cancellationToken);
        return (await units.GetValidOnAsync(asOf, cancellationToken))
            .Where(u => u.Kind != OrganizationUnitKind.Province && paths.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal)))
            .Select(u => $"{u.Code} - {u.Name}")
            .ToList();
    }

    private sealed record StaffRowParserFactory(IReadOnlyDictionary<string, OrganizationUnit> UnitsByCode, StaffFieldAccess Fields, DateOnly AsOf)
    {
        public StaffRowParser Create(IReadOnlyDictionary<string, int> columns) => new(columns, UnitsByCode, Fields, AsOf);
    }
}
