using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoOppfolging.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IplosErstattet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IplosVurderinger_NesteVurdering_SakId",
                table: "IplosVurderinger");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Erstattet",
                table: "IplosVurderinger",
                type: "datetimeoffset",
                nullable: true);

            // Assessments finished before the column existed: each one with a newer finished one on its case (by date, then
            // by when it was finished, as the due list compared them) is marked replaced, at the time the newest was finished.
            migrationBuilder.Sql(
                """
                UPDATE v
                SET v.[Erstattet] = (SELECT MAX(n.[Ferdig]) FROM [IplosVurderinger] AS n WHERE n.[SakId] = v.[SakId])
                FROM [IplosVurderinger] AS v
                WHERE v.[Ferdig] IS NOT NULL AND EXISTS (
                    SELECT 1 FROM [IplosVurderinger] AS n
                    WHERE n.[SakId] = v.[SakId] AND n.[Ferdig] IS NOT NULL AND n.[Id] <> v.[Id]
                      AND (n.[Dato] > v.[Dato] OR (n.[Dato] = v.[Dato] AND n.[Ferdig] > v.[Ferdig])));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_NesteVurdering_SakId",
                table: "IplosVurderinger",
                columns: new[] { "NesteVurdering", "SakId" },
                filter: "[Ferdig] IS NOT NULL AND [Erstattet] IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IplosVurderinger_NesteVurdering_SakId",
                table: "IplosVurderinger");

            migrationBuilder.DropColumn(
                name: "Erstattet",
                table: "IplosVurderinger");

            migrationBuilder.CreateIndex(
                name: "IX_IplosVurderinger_NesteVurdering_SakId",
                table: "IplosVurderinger",
                columns: new[] { "NesteVurdering", "SakId" });
        }
    }
}
