// The shaded jar of the command-line tool, as a user gets it (see pom.xml).
import java.nio.charset.StandardCharsets
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

def jar = new File(cliJar)
assert jar.isFile() : "no ${jar}"

def zip = new ZipFile(jar)
def entry = { String name ->
    def found = zip.getEntry(name)
    assert found != null : "${name} is not in ${jar.name}"
    zip.getInputStream(found).getText('UTF-8')
}
try {
    assert entry('META-INF/LICENSE') == new File(licence).getText('UTF-8') : "META-INF/LICENSE is not bringport's LICENSE"
    def notice = entry('META-INF/NOTICE')
    // bringport's own notice, whole: Bring's example data and Bring's licence
    new File(projectNotice).readLines('UTF-8').findAll { !it.isBlank() }.each {
        assert notice.contains(it) : "META-INF/NOTICE lacks bringport's line: ${it}"
    }
    // and the notices of what it bundles (Jackson's, Eclipse Metro's, Guice's)
    assert notice.contains('Jackson') : "META-INF/NOTICE lacks Jackson's notice"
    assert notice.contains('Eclipse Foundation') : "META-INF/NOTICE lacks the Eclipse projects' notices"
    assert notice.contains('Google Guice') : "META-INF/NOTICE lacks Guice's notice"
} finally {
    zip.close()
}

def state = new File(basedir, 'state')
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', jar.path, '--transport', 'inmemory', 'om', 'order', '10000000000',
        '11873875-status_med_2').directory(basedir).redirectOutput(new File(basedir, 'cli.out'))
        .redirectError(new File(basedir, 'cli.err'))
process.environment().put('XDG_STATE_HOME', state.path)
def running = process.start()
assert running.waitFor(60, TimeUnit.SECONDS) : 'the tool did not end within 60 s'
def out = new File(basedir, 'cli.out').getText('UTF-8')
def err = new File(basedir, 'cli.err').getText('UTF-8')
assert running.exitValue() == 0 : "exit ${running.exitValue()}: ${err}"
assert out.contains('Order 11873875-status_med_2') : out
assert err.isEmpty() : "the tool printed on standard error (java ${System.getProperty('java.version')}):\n${err}"
