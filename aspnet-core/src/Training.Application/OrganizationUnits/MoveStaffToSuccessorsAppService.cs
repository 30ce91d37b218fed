using Training.Auditing;
using Training.Coverage;
using Training.Identity;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.OrganizationUnits;

/// <summary>
/// Empties the units that had ended by a date into their successors, as coverage already counts them (see
/// <see cref="UnitsOnDate.SuccessorsOf"/>), so that the count is the same before and after. Only people and successors of
/// the caller's units: a person whose successor lies outside them is left to whoever holds both.
/// </summary>
public sealed class MoveStaffToSuccessorsAppService(
    IStaffMemberRepository staff,
    CoverageCalculator coverage,
    RosterAccess access,
    IUnitScope scope,
    IPermissionChecker permissions,
    PersonalDataAudit audit,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock) : IMoveStaffToSuccessorsAppService
{
    public const string AuditWhat = "move-staff-to-successors";

    public async Task<MoveStaffToSuccessorsResultDto> MoveAsync(MoveStaffToSuccessorsDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Manage, cancellationToken);
        var asOf = input.AsOf ?? BusinessClock.Today(clock);
        var paths = await scope.GetPathsAsync(cancellationToken);
        if (input.DryRun)
        {
            return (await PlanAsync(paths, asOf, cancellationToken)).Result;
        }

        // One run at a time per province, and never beside a roster import: a second run waits, then finds nobody to move.
        MoveStaffToSuccessorsResultDto result = null!;
        await unitOfWork.InTransactionAsync(async () =>
        {
            await staff.LockRostersAsync(paths.Select(p => p[..OrganizationUnitConsts.PathSegmentLength]).Distinct().ToList(), cancellationToken);
            var (moves, planned) = await PlanAsync(paths, asOf, cancellationToken);
            foreach (var move in moves)
            {
                await access.MoveAsync(move.Staff, move.To.Id, move.To.ValidFrom, cancellationToken);
            }

            // Each new assignment is audited by the save; this entry, saved with them, says why they moved.
            if (moves.Count > 0)
            {
                await audit.RecordAsync(AuditAction.Updated, nameof(StaffMember), AuditWhat,
                    moves.SelectMany(m => new[] { m.From.Path, m.To.Path }).ToList(),
                    new
                    {
                        asOf,
                        moves = planned.Moves.Select(m => new { m.StaffId, from = m.From.Code, to = m.To.Code, m.MovedOn }),
                    }, cancellationToken);
            }

            result = planned;
        }, cancellationToken);
        return result;
    }

    private async Task<(List<Move> Moves, MoveStaffToSuccessorsResultDto Result)> PlanAsync(IReadOnlyList<string> paths, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        var people = await staff.GetInEndedUnitsAsync(paths, asOf, cancellationToken);
        var tree = await coverage.GetUnitsOnAsync(asOf, cancellationToken);
        var moves = new List<Move>();
        var needsChoice = new List<StaffNeedingChoiceDto>();
        foreach (var person in people)
        {
            var from = tree.Find(person.History.On(asOf)!.UnitId)!;
            var successors = tree.SuccessorsOf(from.Id);
            var reachable = new List<OrganizationUnit>();
            foreach (var successor in successors)
            {
                if (await scope.ContainsAsync(successor, cancellationToken))
                {
                    reachable.Add(successor);
                }
            }

            if (reachable.Count == 0)
            {
                continue;
            }

            // A split, or a later period that a move dated on the successor's first day would overwrite, is a person's call.
            if (successors.Count == 1 && person.History.MovedSince(successors[0].Id, successors[0].ValidFrom) is null)
            {
                moves.Add(new Move(person, from, successors[0]));
            }
            else
            {
                needsChoice.Add(new StaffNeedingChoiceDto(person.Id, person.FullName, Ref(from), reachable.Select(Ref).ToList()));
            }
        }

        // The move reaches back to the successor's first day: the caller must hold each person from then until today.
        var changeable = new HashSet<Guid>();
        foreach (var sameDay in moves.GroupBy(m => m.To.ValidFrom))
        {
            changeable.UnionWith(await access.GetChangeableAsync(sameDay.Select(m => m.Staff).ToList(), sameDay.Key, cancellationToken));
        }

        moves.RemoveAll(m => !changeable.Contains(m.Staff.Id));
        return (moves, new MoveStaffToSuccessorsResultDto(
            moves.Select(m => new StaffMoveDto(m.Staff.Id, m.Staff.FullName, Ref(m.From), Ref(m.To), m.To.ValidFrom)).ToList(),
            needsChoice));
    }

    private static UnitRefDto Ref(OrganizationUnit unit) => new(unit.Code, unit.Name);

    private sealed record Move(StaffMember Staff, OrganizationUnit From, OrganizationUnit To);
}
