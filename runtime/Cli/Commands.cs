using Spectre.Console.Cli;

namespace PdeSym.Cli;

/// <summary>The table of pdesym commands; each command lives in its own file beside this one.</summary>
internal static class Commands
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("image", image =>
        {
            image.SetDescription("learn the symmetries of an image data set with respect to a classifier");
            image.AddCommand<ImageTrainCommand>("train").WithDescription("train the image classifier (its features are the validity model)");
            image.AddCommand<ImageLearnCommand>("learn").WithDescription("learn, read out and report the symmetries of the image data");
        });
    }
}
