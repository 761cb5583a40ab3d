return PdeSym.Cli.PdeSymCli.Run(args);
