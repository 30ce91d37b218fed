using Training.Courses;
using Training.OrganizationUnits;
using Training.Identity;
using Training.Permissions;

namespace Training.Coverage;

public sealed class CoveragePlanAppService(
    ICoveragePlanRepository plans,
    CoverageAccess access,
    IOrganizationUnitRepository units,
    ICourseRepository courses,
    ICourseListQuery courseList,
    IUnitScope scope,
    IPermissionChecker permissions,
    ITrainingUnitOfWork unitOfWork) : ICoveragePlanAppService
{
    public async Task<IReadOnlyList<CoveragePlanDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.View, cancellationToken);
        return (await plans.GetListAsync(cancellationToken)).Select(ToDto).ToList();
    }

    public async Task<CoveragePlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.View, cancellationToken);
        return ToDto(await access.GetPlanAsync(id, cancellationToken));
    }

    public async Task<CoveragePlanDto> CreateAsync(SaveCoveragePlanDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.ManagePlans, cancellationToken);
        var plan = new CoveragePlan(Guid.CreateVersion7(), await TermsOfAsync(input, cancellationToken));
        await plans.InsertAsync(plan, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(plan);
    }

    public async Task<CoveragePlanDto> UpdateAsync(Guid id, SaveCoveragePlanDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.ManagePlans, cancellationToken);
        var plan = await access.GetPlanAsync(id, cancellationToken);

        // The plan must be the caller's to change both as it stands and as it will stand.
        await scope.EnsureContainsAsync(await RootAsync(plan.RootUnitCode, plan.StartsOn, cancellationToken), cancellationToken);
        if (input.Version is { } version && version != plan.Version)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.ConcurrencyConflict);
        }

        plan.Change(await TermsOfAsync(input, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(plan);
    }

    public async Task<IReadOnlyList<CoverageCourseDto>> GetCourseChoicesAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Coverage.ManagePlans, cancellationToken);
        return (await courseList.GetQualifyingAsync(cancellationToken)).Select(c => new CoverageCourseDto(c.Code, c.Title)).ToList();
    }

    private async Task<CoveragePlanTerms> TermsOfAsync(SaveCoveragePlanDto input, CancellationToken cancellationToken)
    {
        var startsOn = input.StartsOn!.Value;
        var root = await RootAsync(input.RootUnitCode, startsOn, cancellationToken);
        await scope.EnsureContainsAsync(root, cancellationToken);
        foreach (var code in input.CourseCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()))
        {
            if (!await courses.CodeExistsAsync(code, cancellationToken))
            {
                throw new TrainingException(TrainingErrorCodes.CoveragePlanCourseUnknown, TrainingErrorKind.BadRequest, code) { Field = "courseCodes" };
            }
        }

        if (!string.IsNullOrWhiteSpace(input.ConsolidatingUnitCode))
        {
            await RootAsync(input.ConsolidatingUnitCode, input.EndsOn!.Value, cancellationToken, "consolidatingUnitCode");
        }

        return new CoveragePlanTerms(input.Name, startsOn, input.EndsOn!.Value, root.Code, input.Roles ?? [], input.CourseCodes,
            input.TargetPercent ?? 100, input.ActivityTargetPercent ?? 100, input.ReportingDates, input.ReportDueDays ?? CoverageConsts.DefaultReportDueDays,
            input.ReportingUnitKinds, input.ConsolidatingUnitCode);
    }

    private async Task<OrganizationUnit> RootAsync(string code, DateOnly on, CancellationToken cancellationToken, string field = "rootUnitCode") =>
        await units.FindByCodeAsync(Rosters.RosterAccess.BareCode(code), on, fallBackToLatest: false, cancellationToken)
        ?? throw new TrainingException(TrainingErrorCodes.UnitNotFound, TrainingErrorKind.BadRequest, code) { Field = field };

    private static CoveragePlanDto ToDto(CoveragePlan p) => new(p.Id, p.Name, p.StartsOn, p.EndsOn, p.RootUnitCode, p.Roles, p.CourseCodes, p.TargetPercent,
        p.ActivityTargetPercent, p.ReportingDates, p.ReportDueDays, p.ReportingUnitKinds, p.ConsolidatingUnitCode, p.Version);
}
