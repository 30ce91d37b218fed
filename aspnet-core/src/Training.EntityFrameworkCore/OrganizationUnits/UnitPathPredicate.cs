using System.Linq.Expressions;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.OrganizationUnits;

/// <summary>"The unit lies in one of these subtrees" as one SQL condition: Path LIKE 'p1%' OR Path LIKE 'p2%' …</summary>
internal static class UnitPathPredicate
{
    public static Expression<Func<OrganizationUnit, bool>> InAny(IReadOnlyCollection<string> paths) =>
        AnyOf<OrganizationUnit>(u => u.Path, nameof(string.StartsWith), paths);

    /// <summary><paramref name="text"/>.<paramref name="method"/>(v1) OR … for each of <paramref name="values"/>, as one condition.</summary>
    public static Expression<Func<T, bool>> AnyOf<T>(Expression<Func<T, string?>> text, string method, IEnumerable<string> values)
    {
        var call = typeof(string).GetMethod(method, [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var value in values.Distinct())
        {
            body = Expression.OrElse(body, Expression.Call(text.Body, call, Expression.Constant(value)));
        }

        return Expression.Lambda<Func<T, bool>>(body, text.Parameters);
    }
}
