using System.Linq.Expressions;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.OrganizationUnits;

/// <summary>"The unit lies in one of these subtrees" as one SQL condition: Path LIKE 'p1%' OR Path LIKE 'p2%' …</summary>
internal static class UnitPathPredicate
{
    public static Expression<Func<OrganizationUnit, bool>> InAny(IReadOnlyCollection<string> paths)
    {
        var unit = Expression.Parameter(typeof(OrganizationUnit), "u");
        var path = Expression.Property(unit, nameof(OrganizationUnit.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var prefix in paths.Distinct())
        {
            body = Expression.OrElse(body, Expression.Call(path, startsWith, Expression.Constant(prefix)));
        }

        return Expression.Lambda<Func<OrganizationUnit, bool>>(body, unit);
    }
}
