using Training.Auditing;
using Training.Documents;
using Training.Files;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Coverage;

public sealed class CoverageReportAppService(
    CoverageAccess access,
    CoverageCalculator calculator,
    CoverageReports reports,
    ICoverageQuery query,
    ICoverageRecordRepository records,
    IBlobStore blobs,
    IUnitScope scope,
    IPermissionChecker permissions,
    PersonalDataAudit audit,
    TimeProvider clock) : ICoverageReportAppService
{
    public async Task<FileContentDto> GetExportAsync(GetCoverageExportInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.Export, cancellationToken);
        var format = CoverageReports.FormatOf(input.Format);
        var context = await access.ResolveAsync(input.PlanId, input.UnitCode, input.AsOf, cancellationToken);
        var content = await reports.WriteAsync(context.Plan, context.Tree, context.Unit, format, BusinessClock.Today(clock), cancellationToken);
        return FileContentDto.FromBytes(CoverageReports.FileName(context.Unit, context.AsOf, format), CoverageReports.ContentType(format), content);
    }

    public async Task<FileContentDto> GetUntrainedExportAsync(GetUntrainedExportInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.Export, cancellationToken);
        var context = await access.ResolveAsync(input.PlanId, input.UnitCode, input.AsOf, cancellationToken);
        var criteria = CoverageCalculator.Criteria(context.Plan, context.Tree, context.Unit);
        var (_, total) = await query.GetUntrainedAsync(criteria, 0, 1, cancellationToken);
        await audit.RecordAsync(AuditAction.Exported, nameof(StaffMember), "untrained", [context.Unit.Path],
            new { planId = context.Plan.Id, unitCode = context.Unit.Code, asOf = context.AsOf, count = total }, cancellationToken);
        var (parentBody, issuingBody) = CoverageReports.IssuerOf(context.Unit, context.Tree);
        var list = new UntrainedList(parentBody, issuingBody, context.Plan.Name, context.Unit.Name, context.AsOf, BusinessClock.Today(clock));
        return new FileContentDto(UntrainedList.FileName(context.Unit.Code, context.AsOf), ContentTypes.Xlsx,
            (output, token) => list.WriteAsync(output, query.ReadUntrainedAsync(criteria).Select(row => CoverageAppService.ToDto(row, context)), token));
    }

    public async Task<IReadOnlyList<CoverageFileDto>> GetFilesAsync(Guid planId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.Export, cancellationToken);
        var plan = await GetPlanOfFilesAsync(planId, cancellationToken);
        return (await records.GetFilesAsync(plan.Id, cancellationToken))
            .Select(f => new CoverageFileDto(f.Id, f.ReportingDate, f.Format, f.FileName, f.Length, f.CreatedAt)).ToList();
    }

    public async Task<FileContentDto> GetFileAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.Export, cancellationToken);
        var file = await records.FindFileAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CoverageFileNotFound);
        await GetPlanOfFilesAsync(file.PlanId, cancellationToken);
        var content = await blobs.GetAsync(file.BlobId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CoverageFileNotFound);
        return FileContentDto.FromBytes(file.FileName, file.ContentType, content);
    }

    /// <summary>The files cover the plan's root: only a caller whose scope holds the root may list or read them.</summary>
    private async Task<CoveragePlan> GetPlanOfFilesAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await access.GetPlanAsync(planId, cancellationToken);
        await scope.EnsureContainsAsync(await calculator.GetRootAsync(plan, cancellationToken), cancellationToken);
        return plan;
    }
}
