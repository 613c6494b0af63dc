# Production image: the jar without the embedded PostgreSQL (-Pprod); JDBC_URL is required.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml package.json ./
COPY src src
COPY frontend frontend
COPY search-config search-config
RUN mvn -B -Pprod clean package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/passerelle.jar /app/passerelle.jar
ENV PASSERELLE_HOME=/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/passerelle.jar"]
