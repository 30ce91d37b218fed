namespace Training.Web.Tests;

/// <summary>The layers as ABP draws them: the EF layer knows the domain, not the use cases; the HTTP API knows the contracts only.</summary>
public class Layers_Tests
{
    private static IReadOnlyList<string> TrainingReferencesOf(Type typeInAssembly) =>
        typeInAssembly.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Training.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_Entity_Framework_Layer_References_No_Application_Project()
    {
        var references = TrainingReferencesOf(typeof(Training.EntityFrameworkCore.TrainingDbContext));

        references.ShouldContain("Training.Domain");
        references.ShouldNotContain(n => n.StartsWith("Training.Application", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Http_Api_References_Neither_The_Application_Nor_The_Domain()
    {
        var references = TrainingReferencesOf(typeof(Training.HttpApi.TrainingHttpApiEndpointRouteBuilderExtensions));

        references.ShouldContain("Training.Application.Contracts");
        references.ShouldNotContain("Training.Application");
        references.ShouldNotContain("Training.Domain");
    }
}
