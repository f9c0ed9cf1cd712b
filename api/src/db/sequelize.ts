import { Sequelize } from 'sequelize';

/** One Sequelize instance per database URL; SQL in UTC, no query logging. */
export function createSequelize(databaseUrl: string, poolMax = 10): Sequelize {
  return new Sequelize(databaseUrl, {
    dialect: 'postgres',
    logging: false,
    timezone: '+00:00',
    pool: { max: poolMax, min: 0, idle: 10_000 },
    define: { underscored: true, timestamps: true },
  });
}
