// the checks every consumer build passes
evaluate(new File(quietBuild))
