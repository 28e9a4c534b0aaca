#!/usr/bin/env bash
# spark-submit for a checkout without a Spark installation: runs Spark's own launcher class
# (org.apache.spark.deploy.SparkSubmit, what the spark-submit script runs) on the Spark 4.2 jars that
# Maven resolved for lint-spark, with the JVM opens Spark needs on Java 17. Builds the job jar
# (lint-spark/target/notelint-spark.jar) when it is missing. Arguments are spark-submit's:
#
#   bench/spark-submit.sh --master 'local[2]' --class io.notelint.spark.LintJob \
#       lint-spark/target/notelint-spark.jar --input notes.jsonl --format jsonl --output out
#
# With Spark installed, use its bin/spark-submit with the same arguments instead.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/lint-spark/target/notelint-spark.jar"
cp_file="$root/lint-spark/target/spark-classpath.txt"

if [ ! -f "$jar" ] || [ ! -f "$cp_file" ]; then
  echo "spark-submit.sh: building $jar ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl lint-spark -am package) >&2
fi

# the opens of Spark's JavaModuleOptions (spark-submit adds them to the driver and executors by itself)
opens=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

exec java ${SPARK_DRIVER_MEMORY:+-Xmx$SPARK_DRIVER_MEMORY} "${opens[@]}" -cp "$(cat "$cp_file")" \
  org.apache.spark.deploy.SparkSubmit "$@"
