namespace Training.Localization;

/// <summary>Marker type of the one resource (TrainingResource.resx, TrainingResource.vi.resx) that all text comes from.</summary>
public sealed class TrainingResource
{
    private TrainingResource()
    {
    }
}
