using Microsoft.Extensions.Localization;
using Training.Auditing;
using Training.Common;
using Training.Localization;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Rosters;

namespace Training.Coverage;

public sealed class CoverageAppService(
    CoverageAccess access,
    CoverageCalculator calculator,
    ICoverageQuery query,
    ICoverageRecordRepository records,
    IPermissionChecker permissions,
    IUnitScope scope,
    PersonalDataAudit audit,
    IStringLocalizer<TrainingResource> localizer) : ICoverageAppService
{
    public async Task<CoverageDto> GetAsync(GetCoverageInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.View, cancellationToken);
        return (await GetBreakdownsAsync(input, [input.GroupBy ?? CoverageGrouping.Unit], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<CoverageDto>> GetBreakdownsAsync(GetCoverageInput input, IReadOnlyList<CoverageGrouping> groupings,
        CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.View, cancellationToken);
        if (groupings.Contains(CoverageGrouping.Ethnicity))
        {
            await permissions.CheckAsync(TrainingPermissions.Coverage.ViewEthnicity, cancellationToken);
        }

        var context = await access.ResolveAsync(input.PlanId, input.UnitCode, input.AsOf, cancellationToken);
        var results = await calculator.ComputeAsync(context.Plan, context.Tree, context.Unit, groupings, cancellationToken);
        var activities = await calculator.ComputeActivitiesAsync(context.Plan, context.Tree, context.Unit, cancellationToken);
        var without = activities.Without.Select(c => new CoverageCommuneDto(c.Code, c.Name,
            c.ParentId is { } parentId ? context.Tree.Find(parentId)?.Name : null)).ToList();
        var ancestors = await AncestorsAsync(context, cancellationToken);
        return results.Select((result, i) => ToDto(context.Plan.Id, result, groupings[i], localizer) with
        {
            Ancestors = ancestors,
            CommunesWithActivity = activities.WithActivity,
            ActivityFrom = activities.From,
            ActivityTo = activities.To,
            ActivityPercent = activities.Percent,
            ActivityTarget = activities.Target,
            CommunesWithoutActivity = without,
        }).ToList();
    }

    public async Task<PagedResultDto<UntrainedStaffDto>> GetUntrainedAsync(GetUntrainedInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.View, cancellationToken);
        var context = await access.ResolveAsync(input.PlanId, input.UnitCode, input.AsOf, cancellationToken);
        var (rows, total) = await query.GetUntrainedAsync(CoverageCalculator.Criteria(context.Plan, context.Tree, context.Unit), input.Skip, input.Take,
            cancellationToken);
        await audit.RecordAsync(AuditAction.Read, nameof(StaffMember), "untrained", [context.Unit.Path],
            new { planId = context.Plan.Id, unitCode = context.Unit.Code, asOf = context.AsOf, input.Page, count = rows.Count, total }, cancellationToken);
        return new PagedResultDto<UntrainedStaffDto>(rows.Select(r => ToDto(r, context)).ToList(), total);
    }

    public async Task<IReadOnlyList<CoverageTrendPointDto>> GetTrendAsync(GetCoverageInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.View, cancellationToken);
        var context = await access.ResolveAsync(input.PlanId, input.UnitCode, input.AsOf, cancellationToken);
        return (await records.GetSnapshotsAsync(context.Plan.Id, context.Unit.Id, cancellationToken))
            .Where(s => s.Date <= context.AsOf)
            .Select(s => new CoverageTrendPointDto(s.Date, s.InScope, s.Trained, CoveragePercent.Of(s.Trained, s.InScope))).ToList();
    }

    private async Task<IReadOnlyList<OrganizationUnitDto>> AncestorsAsync(CoverageContext context, CancellationToken cancellationToken)
    {
        var ancestors = new List<OrganizationUnitDto>();
        for (var unit = Parent(context.Unit); unit is not null && unit.Path.StartsWith(context.Root.Path, StringComparison.Ordinal)
             && await scope.ContainsAsync(unit, cancellationToken); unit = Parent(unit))
        {
            ancestors.Insert(0, unit.ToDto());
        }

        return ancestors;

        OrganizationUnit? Parent(OrganizationUnit unit) => unit.ParentId is { } id ? context.Tree.Find(id) : null;
    }

    /// <summary>The person where they count on the date: an ended unit's people under its successor.</summary>
    public static UntrainedStaffDto ToDto(UntrainedRow row, CoverageContext context)
    {
        var unit = context.Tree.CountsUnder(row.UnitId) ?? context.Tree.Find(row.UnitId)!;
        return new UntrainedStaffDto(row.StaffId, row.FullName, unit.Id, unit.Code, unit.Name, row.Role);
    }

    public static CoverageDto ToDto(Guid planId, CoverageResult result, CoverageGrouping grouping, IStringLocalizer localizer) => new(
        planId, result.Unit.Code, result.Unit.Name, result.AsOf, result.InScope, result.Trained, result.Percent, result.Target, result.Communes,
        result.CommunesWithAnyTrained, result.CommunesAllTrained, result.Rows.Select(r => ToDto(r, grouping, localizer)).ToList());

    private static CoverageRowDto ToDto(CoverageRow row, CoverageGrouping grouping, IStringLocalizer localizer)
    {
        var name = grouping switch
        {
            CoverageGrouping.Unit => row.Name,
            _ when row.Key is null => localizer["Coverage:NotRecorded"].Value,
            CoverageGrouping.Role => localizer["StaffRole:" + row.Key].Value,
            CoverageGrouping.Gender => localizer["Gender:" + row.Key].Value,
            _ => row.Key,
        };

        // Law 91/2025/QH15: a small group's count, or a percent computed from one, could single a person out.
        var masked = grouping == CoverageGrouping.Ethnicity
            && (row.InScope is > 0 and < CoverageConsts.SmallCountThreshold || row.Trained is > 0 and < CoverageConsts.SmallCountThreshold);
        return masked
            ? new CoverageRowDto(row.Key, name, null, null, null, true)
            : new CoverageRowDto(row.Key, name, row.InScope, row.Trained, row.Percent, false);
    }
}
