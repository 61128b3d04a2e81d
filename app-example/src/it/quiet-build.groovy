// What a consumer check's build printed, read as a user would: the convergence rules ran, tests
// ran, and nothing warned (no WARNING, no sun.misc.Unsafe, no SLF4J complaint). Each project's
// verify.groovy runs it; invoker already failed the check if the build failed.
def log = new File(basedir, 'build.log').text

assert log.contains('DependencyConvergence passed') : 'dependencyConvergence did not run'
assert log.contains('RequireUpperBoundDeps passed') : 'requireUpperBoundDeps did not run'
assert log =~ /Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0/ : 'no test ran'

def warnings = log.readLines().findAll { it.contains('WARN') || it.contains('sun.misc.Unsafe') || it.contains('SLF4J') }
assert warnings.isEmpty() : "the build printed warnings:\n" + warnings.join('\n')
