#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build for wirecheck, following OSS-Fuzz's JVM conventions:
# one wrapper script per target around jazzer_driver, plus <target>.dict, <target>.options
# and <target>_seed_corpus.zip beside it in $OUT. Every target runs through one entry class,
# dev.wirecheck.fuzz.WirecheckFuzzer, told its target by -Dwirecheck.fuzz.target.
# scripts/oss-fuzz-local runs these same steps on a machine without Docker.

cd "$SRC/wirecheck"
MVN="${MVN:-mvn}"
$MVN -B -ntp ${MVN_FLAGS:-} package -DskipTests -pl fuzz-targets -am

FUZZ_JAR=$(ls fuzz-targets/target/wirecheck-fuzz-targets-*-fuzz.jar)
cp "$FUZZ_JAR" "$OUT/wirecheck-fuzz.jar"

# dictionaries, options and seed corpora, and the list of targets
TARGETS=$(java -cp "$OUT/wirecheck-fuzz.jar" dev.wirecheck.fuzz.OssFuzzExport "$OUT" corpora)

RUNTIME_CLASSPATH="\$this_dir/wirecheck-fuzz.jar:\$this_dir"
for target in $TARGETS; do
  cat > "$OUT/$target" << EOF2
#!/bin/bash
# LLVMFuzzerTestOneInput for fuzzer detection.
this_dir=\$(dirname "\$0")
if [[ "\$@" =~ (^| )-runs=[0-9]+(\$| ) ]]; then
  mem_settings='-Xmx1900m:-Xss900k'
else
  mem_settings='-Xmx2048m:-Xss1024k'
fi
LD_LIBRARY_PATH="${JVM_LD_LIBRARY_PATH:-}":\$this_dir \\
\$this_dir/jazzer_driver --agent_path=\$this_dir/jazzer_agent_deploy.jar \\
  --cp=$RUNTIME_CLASSPATH \\
  --target_class=dev.wirecheck.fuzz.WirecheckFuzzer \\
  --instrumentation_includes='dev.wirecheck.**:io.kaitai.**' \\
  --jvm_args="\$mem_settings:-Dwirecheck.fuzz.target=$target" \\
  \$@
EOF2
  chmod +x "$OUT/$target"
done
echo "built $(echo "$TARGETS" | wc -w) fuzzers into $OUT"
